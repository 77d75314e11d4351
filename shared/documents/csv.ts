// Result tables as CSV for Chinese Excel: UTF-8 with a byte-order mark (without it Excel reads
// the file as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
import type { PageStyle } from './page-style';
import { flatResultTables } from './result-table';
import type { DocumentSnapshot } from './snapshot';

export const UTF8_BOM = '\uFEFF';

// OWASP CSV injection: a cell starting with = + - @ (or tab / CR) is run as a formula by Excel.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** One CSV for all evaluation types: the type is the first column. Returned as text beginning with the BOM. */
export function resultTablesCsv(snapshot: DocumentSnapshot, style: PageStyle): string {
  const tables = flatResultTables(snapshot, style);
  const typeHeader = '评价类型';
  const lines: string[] = [];
  tables.forEach((t, i) => {
    if (i === 0) lines.push(csvLine([typeHeader, ...t.headers]));
    for (const row of t.rows) lines.push(csvLine([t.sheetTitle, ...row]));
  });
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
