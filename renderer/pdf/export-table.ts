// Result tables as spreadsheets: XLSX (exceljs; one sheet per evaluation type, header row frozen
// and repeated on every printed page) and CSV (UTF-8 with BOM, for Chinese Excel).
import ExcelJS from 'exceljs';
import { resultTablesCsv } from '../../shared/documents/csv';
import { defaultPageStyle } from '../../shared/documents/default-templates';
import type { PageStyle } from '../../shared/documents/page-style';
import { flatResultTables } from '../../shared/documents/result-table';
import type { DocumentSnapshot } from '../../shared/documents/snapshot';

const COLUMN_WIDTHS = [8, 44, 10, 24, 20];

export async function resultTablesXlsx(snapshot: DocumentSnapshot, style: PageStyle = defaultPageStyle): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = snapshot.association.name;
  book.created = new Date(`${snapshot.issuedOn}T00:00:00Z`);
  for (const table of flatResultTables(snapshot, style)) {
    const sheet = book.addWorksheet(table.sheetTitle, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    sheet.columns = table.headers.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] ?? 12 }));
    for (const row of table.rows) {
      // 序号 as a number; codes stay text so Excel keeps leading zeros and all 18 characters
      sheet.addRow([Number(row[0]), ...row.slice(1)]);
    }
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center' };
    for (const col of [1, 3, 4, 5]) sheet.getColumn(col).alignment = { horizontal: 'center' };
    sheet.getColumn(4).numFmt = '@';
    sheet.getColumn(5).numFmt = '@';
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export function resultTablesCsvBytes(snapshot: DocumentSnapshot, style: PageStyle = defaultPageStyle): Uint8Array {
  return new TextEncoder().encode(resultTablesCsv(snapshot, style));
}
