import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../renderer/features/import/read-file';
import { numberText, readXlsx } from '../../../renderer/features/import/read-xlsx';
import { buildXlsx, HEADERS, validCode } from '../../fixtures/import/workbooks';

describe('readXlsx', () => {
  it('reads text cells by the row numbers Excel shows, keeping blank rows in place', async () => {
    const bytes = await buildXlsx({ rows: [HEADERS, ['甲公司', validCode(1)], [], ['乙公司', validCode(2)]] });
    const sheet = await readXlsx('名单.xlsx', bytes);
    expect(sheet.sheetName).toBe('申报企业');
    expect(sheet.rows[0]).toEqual(HEADERS);
    expect(sheet.rows[1]).toEqual(['甲公司', validCode(1)]);
    expect(sheet.rows[2]).toEqual([]);
    expect(sheet.rows[3]?.[0]).toBe('乙公司');
  });

  it('reports merged cells as ranges and leaves covered cells empty', async () => {
    const bytes = await buildXlsx({ rows: [['申报名单'], HEADERS, ['甲公司', validCode(1), '北京'], ['乙公司', validCode(2), '']], merges: ['A1:F1', 'C3:C4'] });
    const sheet = await readXlsx('合并.xlsx', bytes);
    expect(sheet.merges).toEqual(expect.arrayContaining([{ top: 1, left: 1, bottom: 1, right: 6 }, { top: 3, left: 3, bottom: 4, right: 3 }]));
    expect(sheet.rows[3]?.[2] ?? '').toBe('');
  });

  it('notes formulas with and without a saved result, and error values', async () => {
    const bytes = await buildXlsx({
      rows: [HEADERS, [{ formula: 'CONCAT("甲","公司")', result: '甲公司' }, { formula: 'B9' }, { formula: '1/0', result: { error: '#DIV/0!' } }]],
    });
    const sheet = await readXlsx('公式.xlsx', bytes);
    expect(sheet.rows[1]).toEqual(['甲公司', '', '#DIV/0!']);
    expect(sheet.notes).toEqual(expect.arrayContaining([
      { row: 2, col: 1, kind: 'formula', formula: 'CONCAT("甲","公司")', hasResult: true },
      { row: 2, col: 2, kind: 'formula', formula: 'B9', hasResult: false },
      { row: 2, col: 3, kind: 'error', error: '#DIV/0!', formula: '1/0' },
    ]));
  });

  it('notes dates (with their serial) and numbers, and shows numbers as Excel does', async () => {
    const bytes = await buildXlsx({ rows: [HEADERS, ['甲公司', 913100007109320000, '', '', '', new Date(Date.UTC(2015, 6, 13))]], formats: { F2: 'yyyy/m/d' } });
    const sheet = await readXlsx('日期.xlsx', bytes);
    expect(sheet.rows[1]?.[1]).toBe('913100007109320000');
    expect(sheet.rows[1]?.[5]).toBe('2015-07-13');
    expect(sheet.notes).toEqual(expect.arrayContaining([
      { row: 2, col: 2, kind: 'number', value: 913100007109320000 },
      { row: 2, col: 6, kind: 'date', iso: '2015-07-13', serial: 42198 },
    ]));
  });

  it('joins rich text and takes a hyperlink by its text', async () => {
    const bytes = await buildXlsx({ rows: [HEADERS, [{ richText: [{ text: '甲' }, { text: '公司' }] }, { text: validCode(3), hyperlink: 'https://example.org' }]] });
    expect((await readXlsx('富文本.xlsx', bytes)).rows[1]).toEqual(['甲公司', validCode(3)]);
  });

  it('skips a blank cover sheet and a hidden sheet', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明');
    workbook.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x']);
    workbook.addWorksheet('名单').addRow(HEADERS);
    const sheet = await readXlsx('多表.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(sheet.sheetName).toBe('名单');
  });

  it('names a damaged workbook', async () => {
    const bytes = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8);
    await expect(readSheet('坏的.xlsx', bytes)).rejects.toMatchObject({ detail: { code: 'import.xlsx_unreadable', at: { file: '坏的.xlsx' } } });
  });

  it.each([
    [13800138000, '13800138000'],
    [0.1 + 0.2, '0.3'],
    [1.5, '1.5'],
    [Number('913100007109320123'), '913100007109320000'],
  ])('shows the number %d as %s', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});
