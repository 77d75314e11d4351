// One data row: read the mapped cells, then check what each field must be. A row is blank when
// every mapped cell is; blank rows are skipped without complaint.
import { validateCreditCode } from '../credit-code';
import { looksLikeDateSerial, excelSerialToIsoDate } from './excel-date';
import { FIELD_KEYS, type FieldKey } from './fields';
import type { ColumnMapping } from './header';
import { issueAt, type CellPlace, type ImportIssue } from './issues';
import { mergeIssue, noteIssue, type SheetIndex } from './cell-checks';
import { formatRange, type CellNote } from './sheet';

export type RowValues = Readonly<Record<FieldKey, string>>;

export type CheckedRow = {
  readonly row: number;
  readonly values: RowValues;
  readonly issues: readonly ImportIssue[];
  /** How the credit code checked out; `malformed` covers blank. */
  readonly code: 'valid' | 'checksum_warning' | 'malformed';
};

export type RowContext = {
  readonly file: string;
  readonly mapping: ColumnMapping;
  readonly headers: readonly string[];
  readonly index: SheetIndex;
};

const MAX_NAME_LENGTH = 200;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const PHONE = /^[\d+\-()（）\s,，;；/、#*.转分机extEXT]+$/u;
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/iu;

/** Collapses runs of whitespace (line breaks, full-width spaces) and drops invisible characters. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

export function checkRow(cells: readonly string[], row: number, ctx: RowContext): CheckedRow | undefined {
  const values = Object.fromEntries(FIELD_KEYS.map((f) => [f, cleanText(cellOf(cells, ctx.mapping[f]))])) as Record<FieldKey, string>;
  if (FIELD_KEYS.every((f) => values[f] === '')) return undefined;
  const issues: ImportIssue[] = [];
  const place = (field: FieldKey): CellPlace & { field: FieldKey } => {
    const col = ctx.mapping[field];
    return { file: ctx.file, row, field, ...(col === undefined ? {} : { col, header: ctx.headers[col - 1] ?? '' }) };
  };
  const reported = new Set<string>();
  const brokenCells = new Set<FieldKey>();
  for (const field of FIELD_KEYS) {
    const col = ctx.mapping[field];
    if (col === undefined) continue;
    const merge = ctx.index.merge(row, col);
    // One report per merged block per row, named by its cells.
    if (merge && !reported.has(formatRange(merge))) {
      reported.add(formatRange(merge));
      issues.push(mergeIssue(merge, place(field)));
    }
    if (merge) brokenCells.add(field);
    const note = ctx.index.note(row, col);
    const noted = note ? noteIssue(note, place(field), values[field]) : undefined;
    if (noted) issues.push(noted);
    if (noted?.kind === 'error') brokenCells.add(field);
  }
  if (values.name === '') {
    issues.push(issueAt('error', { code: 'import.name_blank', zh: '企业名称为空', en: 'the enterprise name is blank' }, place('name')));
  } else if (values.name.length > MAX_NAME_LENGTH) {
    issues.push(issueAt('error', { code: 'import.name_too_long', zh: `企业名称超过 ${MAX_NAME_LENGTH} 个字`, en: `the enterprise name is longer than ${MAX_NAME_LENGTH} characters` }, place('name'), values.name));
  }
  const phoneIssue = checkPhone(values.contactPhone, ctx.index.note(row, ctx.mapping.contactPhone ?? 0), place('contactPhone'));
  if (phoneIssue) issues.push(phoneIssue);
  const code = checkCode(values.creditCode, place('creditCode'), brokenCells.has('creditCode'));
  issues.push(...code.issues);
  return { row, values: { ...values, creditCode: code.normalised ?? values.creditCode }, issues, code: code.kind };
}

function cellOf(cells: readonly string[], col: number | undefined): string {
  return col === undefined ? '' : (cells[col - 1] ?? '');
}

type CodeCheck = { readonly kind: CheckedRow['code']; readonly normalised?: string; readonly issues: readonly ImportIssue[] };

function checkCode(text: string, place: CellPlace, isCellBroken: boolean): CodeCheck {
  if (SCIENTIFIC.test(text)) {
    return { kind: 'malformed', issues: [issueAt('error', {
      code: 'import.code_scientific',
      zh: `统一社会信用代码显示为科学计数法“${text}”，原代码已丢失。请把该列设为“文本”格式，重新输入完整代码`,
      en: `the credit code shows in scientific notation ("${text}"), so the code itself was lost; format the column as Text and re-enter the full code`,
    }, place, text)] };
  }
  // A merged, numeric or date cell has already been explained, and its text is not the code.
  if (isCellBroken) return { kind: 'malformed', issues: [] };
  const validation = validateCreditCode(text);
  if (validation.kind === 'malformed') {
    return { kind: 'malformed', issues: validation.errors.map((e) => issueAt('error', e, place, text)) };
  }
  if (validation.kind === 'checksum_warning') {
    return { kind: 'checksum_warning', normalised: validation.code, issues: validation.warnings.map((w) => issueAt('warning', w, place, text)) };
  }
  return { kind: 'valid', normalised: validation.code, issues: [] };
}

function checkPhone(text: string, note: CellNote | undefined, place: CellPlace): ImportIssue | undefined {
  // A date or error cell has already been explained by its note.
  if (text === '' || note?.kind === 'date' || note?.kind === 'error') return undefined;
  const normalised = text.normalize('NFKC');
  const digits = normalised.replace(/\D/gu, '').length;
  if (PHONE.test(normalised) && digits >= 7) return undefined;
  const serial = note?.kind === 'number' && looksLikeDateSerial(note.value) ? note.value : undefined;
  const iso = serial === undefined ? undefined : excelSerialToIsoDate(serial);
  const hintZh = iso ? `；它像是被 Excel 当作日期的序列号（${serial} = ${iso}），请把该列设为“文本”格式后重新输入` : '';
  const hintEn = iso ? `; it looks like a date serial number (${serial} = ${iso}): format the column as Text and re-enter it` : '';
  return issueAt('error', {
    code: 'import.phone',
    zh: `电话“${text}”格式不正确：应为至少 7 位数字，可含 - + ( ) 和分机号${hintZh}`,
    en: `the phone "${text}" is not valid: it needs at least 7 digits and may contain - + ( ) and an extension${hintEn}`,
  }, place, text);
}
