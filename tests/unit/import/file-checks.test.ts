import { describe, expect, it } from 'vitest';
import { checkImportBytes, checkImportFile } from '../../../shared/import/file-checks';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';

const MB = 1024 * 1024;

describe('checkImportFile (before reading)', () => {
  it.each([
    ['名单.xlsx', 'xlsx'],
    ['名单.XLSX', 'xlsx'],
    ['applications.csv', 'csv'],
  ])('accepts %s', (name, format) => {
    expect(checkImportFile(name, 1000)).toEqual({ ok: true, value: format });
  });

  it.each([
    ['申报名单.xls', 'import.old_xls', /另存为.*xlsx/],
    ['申报名单.xlsm', 'import.other_spreadsheet', /\.xlsm/],
    ['申报名单.et', 'import.other_spreadsheet', /另存为/],
    ['申报通知.docx', 'import.wrong_type', /文档，不是表格/],
    ['申报通知.pdf', 'import.wrong_type', /文档，不是表格/],
    ['名单', 'import.wrong_type', /不是支持的表格格式/],
    ['photo.png', 'import.wrong_type', /不是支持的表格格式/],
  ])('refuses %s, naming the file and what to do', (name, code, zh) => {
    const result = checkImportFile(name, 1000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.zh).toMatch(zh);
    expect(result.error.zh).toContain(name);
    expect(result.error.en).toContain(name);
    expect(result.error.at?.file).toBe(name);
  });

  it('refuses an empty file', () => {
    const result = checkImportFile('空.xlsx', 0);
    expect(result.ok ? undefined : result.error.code).toBe('import.empty');
  });

  it('refuses a 50 MB file by its size alone, stating the limit', () => {
    const result = checkImportFile('大文件.xlsx', 50 * MB);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('import.too_large');
    expect(result.error.zh).toContain('50.0 MB');
    expect(result.error.zh).toContain('20.0 MB');
    expect(result.error.en).toContain('limit of 20.0 MB');
    expect(checkImportFile('刚好.xlsx', MAX_IMPORT_BYTES).ok).toBe(true);
  });
});

describe('checkImportBytes (first bytes against the extension)', () => {
  const zip = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0);
  const ole2 = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0);
  const pdf = new TextEncoder().encode('%PDF-1.7\n');

  it('passes a workbook named .xlsx and text named .csv', () => {
    expect(checkImportBytes('a.xlsx', 'xlsx', zip)).toBeUndefined();
    expect(checkImportBytes('a.csv', 'csv', new TextEncoder().encode('企业名称\n'))).toBeUndefined();
  });

  it('names an old .xls (or an encrypted workbook) renamed to .xlsx', () => {
    expect(checkImportBytes('改名.xlsx', 'xlsx', ole2)?.code).toBe('import.ole2');
    expect(checkImportBytes('改名.xlsx', 'xlsx', ole2)?.zh).toMatch(/旧版 \.xls.*加密/);
  });

  it('names a PDF, a damaged workbook and a workbook named .csv', () => {
    expect(checkImportBytes('a.xlsx', 'xlsx', pdf)?.code).toBe('import.wrong_type');
    expect(checkImportBytes('a.xlsx', 'xlsx', new TextEncoder().encode('hello'))?.code).toBe('import.not_xlsx');
    expect(checkImportBytes('a.csv', 'csv', zip)?.code).toBe('import.csv_is_workbook');
    expect(checkImportBytes('a.csv', 'csv', new Uint8Array())?.code).toBe('import.empty');
  });
});
