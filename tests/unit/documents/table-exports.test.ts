import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, resultTablesCsv, UTF8_BOM } from '../../../shared/documents/csv';
import { defaultPageStyle } from '../../../shared/documents/default-templates';
import { resultTablesCsvBytes, resultTablesXlsx } from '../../../renderer/pdf/export-table';
import { PUBLISHED_ROWS, sampleSnapshot } from '../../fixtures/documents/sample';

describe('CSV for Chinese Excel', () => {
  it('starts with the UTF-8 byte-order mark and uses CRLF', () => {
    const bytes = resultTablesCsvBytes(sampleSnapshot());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(`${UTF8_BOM}评价类型,序号,企业名称,级别,统一社会信用代码,证书编号`);
  });

  it('lists every published row under its evaluation type', () => {
    const lines = resultTablesCsv(sampleSnapshot(), defaultPageStyle).split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(9);
    expect(lines[6]).toBe('企业信用评价,7,东莞市宇洁新材料有限公司,A+,,');
    expect(lines[7]).toBe('质量信用评价,1,东研高科（北京）环保技术有限公司,AAA★,,');
    expect(lines.map((l) => l.split(',')[2])).toEqual(PUBLISHED_ROWS.map((r) => r[1]));
  });

  it.each([
    ['plain', '上海夏普电器有限公司', '上海夏普电器有限公司'],
    ['comma', '甲,乙公司', '"甲,乙公司"'],
    ['quote', '“甲”"乙"公司', '"“甲”""乙""公司"'],
    ['newline', '甲\n乙', '"甲\n乙"'],
    ['formula =', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['formula +', '+86 10 1234', "'+86 10 1234"],
    ['formula -', '-1+2', "'-1+2"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\tcmd', "'\tcmd"],
    ['grade A+ is not a formula', 'A+', 'A+'],
  ])('escapes a cell: %s', (_, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('XLSX', () => {
  it('has one sheet per evaluation type with the header row and the rows', async () => {
    const snapshot = sampleSnapshot();
    const withCode = { ...snapshot, results: [{ ...snapshot.results[0]!, rows: snapshot.results[0]!.rows.map((r, i) => (i === 0 ? { ...r, creditCode: '91370100726815305K', certificateNumber: '201500111100001' } : r)) }, snapshot.results[1]!] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await resultTablesXlsx(withCode)).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['企业信用评价', '质量信用评价']);
    const sheet = book.getWorksheet('企业信用评价')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '企业名称', '级别', '统一社会信用代码', '证书编号']);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, '济南科林普尔环保设备有限公司', 'AAA', '91370100726815305K', '201500111100001']);
    expect(sheet.rowCount).toBe(8);
    expect(book.getWorksheet('质量信用评价')!.getRow(2).getCell(3).value).toBe('AAA★');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
  });
});
