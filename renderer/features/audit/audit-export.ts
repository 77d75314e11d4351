// The filtered audit log as a file: XLSX (every cell text, so hashes and ids read back exactly) or
// CSV for Excel (UTF-8 with BOM, CRLF). before/after stay canonical JSON so entries can be re-hashed.
import { csvLine, UTF8_BOM } from '../../../shared/documents/csv';

export type AuditFileFormat = 'xlsx' | 'csv';

const WIDTHS: readonly number[] = [8, 26, 14, 10, 26, 16, 38, 60, 60, 66, 66];

export function auditCsv(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(`${UTF8_BOM}${rows.map((r) => csvLine(r)).join('\r\n')}\r\n`);
}

export async function auditFile(rows: readonly (readonly string[])[], format: AuditFileFormat): Promise<Uint8Array> {
  if (format === 'csv') return auditCsv(rows);
  const [headers = [], ...body] = rows;
  // exceljs is large: loaded only when someone exports
  const { writeXlsx } = await import('../import/write-xlsx');
  return writeXlsx({ sheetName: '审计日志', headers, rows: body, widths: WIDTHS });
}

/** 审计日志-20150723-0930.xlsx, in local time. */
export function auditFileName(format: AuditFileFormat, now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `审计日志-${stamp}.${format}`;
}
