// A spreadsheet as the importer sees it once a file reader has decoded it: text cells by row,
// plus what the text alone would hide (formulas, dates, numbers, merged cells).

/** What a reader noticed about one cell; row and column are 1-based, as the user sees them. */
export type CellNote = { readonly row: number; readonly col: number } & (
  | { readonly kind: 'formula'; readonly formula: string; readonly hasResult: boolean }
  | { readonly kind: 'error'; readonly error: string; readonly formula?: string }
  | { readonly kind: 'date'; readonly iso: string; readonly serial: number }
  | { readonly kind: 'number'; readonly value: number }
);

/** A rectangle of cells, 1-based and inclusive. */
export type CellRange = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

export type SheetFormat = 'xlsx' | 'csv';

export type SheetData = {
  readonly fileName: string;
  readonly format: SheetFormat;
  /** The worksheet read (XLSX). */
  readonly sheetName?: string;
  /** The text encoding detected (CSV). */
  readonly encoding?: string;
  /** rows[i][j] is the text of row i + 1, column j + 1. */
  readonly rows: readonly (readonly string[])[];
  readonly notes: readonly CellNote[];
  readonly merges: readonly CellRange[];
};

/** 1 → A, 27 → AA: the column names Excel shows. */
export function columnLetter(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "C5" → { row: 5, col: 3 }; undefined when the text is not a cell address. */
export function parseCellAddress(address: string): { readonly row: number; readonly col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (!match) return undefined;
  const [, letters = '', digits = ''] = match;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits), col };
}

/** "A1:C3" (or a single cell) → its range; undefined when malformed. */
export function parseRange(text: string): CellRange | undefined {
  const [first = '', second = first] = text.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function formatRange(range: CellRange): string {
  const start = `${columnLetter(range.left)}${range.top}`;
  const end = `${columnLetter(range.right)}${range.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

export function noteKey(row: number, col: number): string {
  return `${row}:${col}`;
}
