// Finding the header row and proposing which column holds which field. The proposal is only a
// starting point: the user confirms or changes it in the mapping step.
import { err, ok, userError, type Result, type UserError } from '../errors';
import { FIELD_ALIASES, FIELD_KEYS, FIELD_LABELS, REQUIRED_FIELDS, type FieldKey } from './fields';
import { HEADER_SEARCH_ROWS } from './limits';
import { columnLetter } from './sheet';

/** Field → 1-based column number; an absent field is not imported. */
export type ColumnMapping = Readonly<Partial<Record<FieldKey, number>>>;

export type HeaderGuess = {
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
};

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|<[^>]*>|《[^》]*》/gu;
const NOISE = /[\s*※:;,.、/\\_#'"“”‘’\-—]+/gu;
// Too common inside other headers ("行业名称", "filename") to count as a partial match.
const NOT_PARTIAL: ReadonlySet<string> = new Set(['名称', 'name', 'tel', 'city', 'area']);

/** "企业名称（必填）*" → "企业名称"; "Company Name" → "companyname". */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(BRACKETED, '').replace(NOISE, '').toLowerCase();
}

type Match = { readonly field: FieldKey; readonly isExact: boolean; readonly length: number };

export function matchHeader(text: string): Match | undefined {
  const header = normaliseHeader(text);
  if (header === '') return undefined;
  let best: Match | undefined;
  for (const field of FIELD_KEYS) {
    for (const alias of FIELD_ALIASES[field]) {
      if (alias === header) return { field, isExact: true, length: alias.length };
      const isPartial = !NOT_PARTIAL.has(alias) && alias.length >= 2 && header.includes(alias);
      if (isPartial && (best === undefined || alias.length > best.length)) best = { field, isExact: false, length: alias.length };
    }
  }
  return best;
}

/** Proposes a mapping for one header row: exact names first, then the longest partial match. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const matches = headers.map((text, i) => ({ col: i + 1, match: matchHeader(text) }));
  const mapping: Partial<Record<FieldKey, number>> = {};
  const taken = new Set<number>();
  for (const isExact of [true, false]) {
    for (const { col, match } of matches) {
      if (!match || match.isExact !== isExact || taken.has(col) || mapping[match.field] !== undefined) continue;
      mapping[match.field] = col;
      taken.add(col);
    }
  }
  return mapping;
}

/** The row among the first few that names the most fields, including a required one. */
export function detectHeader(rows: readonly (readonly string[])[], fileName: string, searchRows: number = HEADER_SEARCH_ROWS): Result<HeaderGuess> {
  let best: HeaderGuess | undefined;
  let bestScore = 0;
  rows.slice(0, searchRows).forEach((cells, i) => {
    const mapping = proposeMapping(cells);
    const fields = Object.keys(mapping) as FieldKey[];
    const isUsable = fields.length >= 2 && fields.some((f) => REQUIRED_FIELDS.includes(f));
    if (isUsable && fields.length > bestScore) {
      best = { headerRow: i + 1, headers: cells, mapping };
      bestScore = fields.length;
    }
  });
  if (best) return ok(best);
  const limit = Math.min(searchRows, Math.max(rows.length, 1));
  return err(userError('import.no_header', `文件 ${fileName} 的前 ${limit} 行中找不到表头。表头应有“企业名称”“统一社会信用代码”等列名（也可写作“单位名称”“信用代码”“地区”“行业”“联系人”“电话”）`,
    `No header row was found in the first ${limit} rows of ${fileName}; the header should name columns such as 企业名称 (enterprise name) and 统一社会信用代码 (credit code)`,
    { file: fileName, row: 1 }));
}

/** Problems with a mapping the user chose: a required field left out, or a column used twice. */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): readonly UserError[] {
  const problems: UserError[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (mapping[field] !== undefined) continue;
    const label = FIELD_LABELS[field];
    problems.push(userError('import.mapping_missing', `请为“${label.zh}”选择对应的列`, `Choose the column that holds the ${label.en}`, { field: label.zh }));
  }
  const seen = new Map<number, FieldKey>();
  for (const field of FIELD_KEYS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const other = seen.get(col);
    if (other !== undefined) {
      const [a, b] = [FIELD_LABELS[other], FIELD_LABELS[field]];
      const column = `${columnLetter(col)}（${headers[col - 1] ?? ''}）`;
      problems.push(userError('import.mapping_twice', `${column} 列不能同时作为“${a.zh}”和“${b.zh}”`,
        `Column ${columnLetter(col)} cannot be both the ${a.en} and the ${b.en}`, { field: b.zh }));
    }
    seen.set(col, field);
  }
  return problems;
}
