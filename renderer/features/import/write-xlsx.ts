// A table → .xlsx bytes (error reports, the dossier export). Every cell is written as text so a
// credit code or phone number reads back exactly as shown.
import ExcelJS from 'exceljs';
import type { ReportTable } from '../../../shared/import/report';

export type XlsxTable = ReportTable & {
  readonly sheetName: string;
  /** Column widths in characters; defaults fit the header. */
  readonly widths?: readonly number[];
};

export async function writeXlsx(table: XlsxTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信评 Xinping';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths?.[i] ?? Math.max(10, header.length * 2), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
