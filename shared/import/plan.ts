// The dry run: every data row checked, duplicates found, nothing written. The preview, the
// error report and the commit all read this one plan.
import { err, ok, userError, type Result } from '../errors';
import { indexSheet } from './cell-checks';
import { checkRow, type CheckedRow } from './check-row';
import { detectHeader, type ColumnMapping, type HeaderGuess } from './header';
import { issueAt, type ImportIssue } from './issues';
import { MAX_IMPORT_ROWS } from './limits';
import { formatRange, type SheetData } from './sheet';

export type RowStatus = 'new' | 'warning' | 'duplicate' | 'error';

export type PlannedRow = CheckedRow & { readonly status: RowStatus };

export type ImportSummary = {
  readonly rows: number;
  readonly new: number;
  readonly warning: number;
  readonly duplicate: number;
  readonly error: number;
  /** Rows imported with a notice (e.g. a formula's saved result). */
  readonly notice: number;
};

export type ImportPlan = {
  readonly fileName: string;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly rows: readonly PlannedRow[];
  /** Problems not tied to one data row (e.g. a merged header cell). */
  readonly fileIssues: readonly ImportIssue[];
  readonly summary: ImportSummary;
};

export type PlanContext = {
  /** Normalised credit codes already in the batch. */
  readonly existingCodes: ReadonlySet<string>;
};

export type SheetShape = HeaderGuess & { readonly dataRows: number };

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** The sheet has content, a header within reach, and data rows under it — not too many. */
export function inspectSheet(sheet: SheetData): Result<SheetShape> {
  const file = sheet.fileName;
  const where = sheet.sheetName ? `（工作表“${sheet.sheetName}”）` : '';
  if (sheet.rows.every(isBlank)) {
    return err(userError('import.no_content', `文件 ${file}${where}中没有任何内容`, `The file ${file} has no content${sheet.sheetName ? ` (sheet "${sheet.sheetName}")` : ''}`, { file }));
  }
  const header = detectHeader(sheet.rows, file);
  if (!header.ok) return header;
  const dataRows = sheet.rows.slice(header.value.headerRow).filter((cells) => !isBlank(cells)).length;
  if (dataRows === 0) {
    const row = header.value.headerRow;
    return err(userError('import.header_only', `文件 ${file} 只有表头（第 ${row} 行），下面没有企业数据`, `The file ${file} has a header (row ${row}) but no enterprise rows under it`, { file, row }));
  }
  if (dataRows > MAX_IMPORT_ROWS) {
    return err(userError('import.too_many_rows', `文件 ${file} 有 ${dataRows} 行数据，超过单次导入上限 ${MAX_IMPORT_ROWS} 行。请拆分后分别导入`,
      `The file ${file} has ${dataRows} data rows, more than the limit of ${MAX_IMPORT_ROWS} per import; split it and import each part`, { file }));
  }
  return ok({ ...header.value, dataRows });
}

export function planImport(sheet: SheetData, header: HeaderGuess, mapping: ColumnMapping, context: PlanContext): ImportPlan {
  const file = sheet.fileName;
  const index = indexSheet(sheet, header.headerRow + 1);
  const firstSeen = new Map<string, number>();
  const rows: PlannedRow[] = [];
  sheet.rows.forEach((cells, i) => {
    const row = i + 1;
    if (row <= header.headerRow) return;
    const checked = checkRow(cells, row, { file, mapping, headers: header.headers, index });
    if (!checked) return;
    const duplicate = duplicateIssue(checked, context, firstSeen, file, mapping.creditCode);
    const issues = duplicate ? [...checked.issues, duplicate] : checked.issues;
    rows.push({ ...checked, issues, status: statusOf(issues) });
  });
  const fileIssues = headerMerges(sheet, header, file);
  return { fileName: file, headerRow: header.headerRow, mapping, rows, fileIssues, summary: summarise(rows) };
}

function duplicateIssue(row: CheckedRow, context: PlanContext, firstSeen: Map<string, number>, file: string, col: number | undefined): ImportIssue | undefined {
  if (row.code === 'malformed') return undefined;
  const code = row.values.creditCode;
  const place = { file, row: row.row, field: 'creditCode' as const, ...(col === undefined ? {} : { col }) };
  if (context.existingCodes.has(code)) {
    return issueAt('duplicate', { code: 'import.duplicate_in_batch', zh: `统一社会信用代码 ${code} 的企业已在本批次中，不重复导入`, en: `an enterprise with the credit code ${code} is already in this batch; it is not imported twice` }, place, code);
  }
  const first = firstSeen.get(code);
  if (first === undefined) {
    firstSeen.set(code, row.row);
    return undefined;
  }
  return issueAt('duplicate', { code: 'import.duplicate_in_file', zh: `统一社会信用代码 ${code} 与第 ${first} 行重复，只导入第 ${first} 行`, en: `the credit code ${code} repeats row ${first}; only row ${first} is imported` }, place, code);
}

function statusOf(issues: readonly ImportIssue[]): RowStatus {
  if (issues.some((i) => i.kind === 'error')) return 'error';
  if (issues.some((i) => i.kind === 'duplicate')) return 'duplicate';
  if (issues.some((i) => i.kind === 'warning')) return 'warning';
  return 'new';
}

function summarise(rows: readonly PlannedRow[]): ImportSummary {
  const count = (status: RowStatus): number => rows.filter((r) => r.status === status).length;
  const notice = rows.filter((r) => r.status === 'new' && r.issues.some((i) => i.kind === 'notice')).length;
  return { rows: rows.length, new: count('new'), warning: count('warning'), duplicate: count('duplicate'), error: count('error'), notice };
}

function headerMerges(sheet: SheetData, header: HeaderGuess, file: string): ImportIssue[] {
  return sheet.merges
    .filter((m) => m.top <= header.headerRow && m.bottom >= header.headerRow && (m.left !== m.right || m.top !== m.bottom))
    .map((m) => issueAt('notice', {
      code: 'import.header_merged',
      zh: `表头单元格 ${formatRange(m)} 是合并单元格，已按其中的列名“${header.headers[m.left - 1] ?? ''}”识别，请在下一步核对列对应关系`,
      en: `the header cells ${formatRange(m)} are merged; they were read as "${header.headers[m.left - 1] ?? ''}", check the column mapping in the next step`,
    }, { file, row: header.headerRow, col: m.left, header: header.headers[m.left - 1] ?? '' }));
}
