import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../renderer/features/import/read-xlsx';
import { decideRows } from '../../../shared/import/decide';
import { inspectSheet, planImport, type ImportPlan } from '../../../shared/import/plan';
import { reportTable } from '../../../shared/import/report';
import type { SheetData } from '../../../shared/import/sheet';
import { badChecksum, buildXlsx, HEADERS, mixedRows, validCode, type SheetSpec } from '../../fixtures/import/workbooks';

function sheetOf(rows: string[][], extra: Partial<SheetData> = {}): SheetData {
  return { fileName: '名单.xlsx', format: 'xlsx', rows, notes: [], merges: [], ...extra };
}

function plan(sheet: SheetData, existing: readonly string[] = []): ImportPlan {
  const shape = inspectSheet(sheet);
  if (!shape.ok) throw new Error(shape.error.zh);
  return planImport(sheet, shape.value, shape.value.mapping, { existingCodes: new Set(existing) });
}

async function planXlsx(spec: SheetSpec): Promise<ImportPlan> {
  return plan(await readXlsx('名单.xlsx', await buildXlsx(spec)));
}

const issuesOf = (p: ImportPlan, row: number): string[] => p.rows.find((r) => r.row === row)?.issues.map((i) => i.code) ?? [];

describe('inspectSheet', () => {
  it.each([
    ['an empty sheet', [], 'import.no_content'],
    ['blank cells only', [['', ' '], []], 'import.no_content'],
    ['a header with no rows under it', [HEADERS, ['', '']], 'import.header_only'],
    ['no recognisable header', [['甲公司', validCode(1)], ['乙公司', validCode(2)]], 'import.no_header'],
  ])('refuses %s', (_, rows, code) => {
    const result = inspectSheet(sheetOf(rows));
    expect(result.ok ? undefined : result.error.code).toBe(code);
    expect(result.ok ? undefined : result.error.at?.file).toBe('名单.xlsx');
  });
});

describe('planImport (the dry run)', () => {
  it('sorts good and bad rows and counts them', async () => {
    const p = await planXlsx({ rows: mixedRows() });
    expect(p.summary).toEqual({ rows: 8, new: 3, warning: 1, duplicate: 1, error: 3, notice: 0 });
    expect(issuesOf(p, 5)).toEqual(['import.name_blank']);
    expect(issuesOf(p, 6)).toEqual(['credit_code.length']);
    expect(issuesOf(p, 7)).toEqual(['import.duplicate_in_file']);
    expect(issuesOf(p, 8)).toEqual(['credit_code.check_mismatch']);
    expect(issuesOf(p, 9)).toEqual(['import.phone']);
  });

  it('names the row, column and field of each problem in Chinese and English', async () => {
    const p = await planXlsx({ rows: mixedRows() });
    const blank = p.rows.find((r) => r.row === 5)?.issues[0];
    expect(blank?.zh).toBe('第 5 行，A 列“企业名称”：企业名称为空');
    expect(blank?.en).toBe('Row 5, column A ("企业名称", enterprise name): the enterprise name is blank');
    expect(blank?.at).toEqual({ file: '名单.xlsx', row: 5, field: '企业名称' });
    const code = p.rows.find((r) => r.row === 6)?.issues[0];
    expect(code?.zh).toMatch(/^第 6 行，B 列“统一社会信用代码”：统一社会信用代码应为 18 位，实际为 11 位$/);
    expect(code?.value).toBe('91440300ABC');
    expect(p.rows.find((r) => r.row === 7)?.issues[0]?.zh).toContain('与第 2 行重复');
  });

  it('reports a code already in the batch as a duplicate, never importing it twice', () => {
    const p = plan(sheetOf([HEADERS, ['甲公司', validCode(1)], ['乙公司', validCode(2).toLowerCase()]]), [validCode(2)]);
    expect(p.rows.map((r) => r.status)).toEqual(['new', 'duplicate']);
    expect(p.rows[1]?.issues[0]?.code).toBe('import.duplicate_in_batch');
  });

  it('normalises codes (full-width, spaces, lower case) before checking and comparing', () => {
    const fullWidth = [...validCode(1)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const p = plan(sheetOf([HEADERS, ['甲公司', fullWidth], ['甲公司分号', ` ${validCode(1).toLowerCase()} `]]));
    expect(p.rows[0]?.values.creditCode).toBe(validCode(1));
    expect(p.rows[1]?.status).toBe('duplicate');
  });

  it('skips blank rows and rows of blank mapped cells, keeping spreadsheet row numbers', () => {
    const p = plan(sheetOf([['名单'], HEADERS, [], ['', '', '', '', '', '', '备注'], ['甲公司', validCode(1)]]));
    expect(p.rows.map((r) => r.row)).toEqual([5]);
  });

  it('makes merged cells in data rows an error for every row they cover, naming the cells', async () => {
    const p = await planXlsx({ rows: [['申报名单'], HEADERS, ['甲公司', validCode(1), '北京'], ['乙公司', validCode(2), ''], ['丙公司', validCode(3), '天津']], merges: ['A1:F1', 'C3:C4'] });
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'error', 'new']);
    expect(p.rows[1]?.issues[0]?.zh).toContain('第 4 行，C 列“地区”：单元格 C3:C4 是合并单元格');
  });

  it('notes a merged header cell without failing the rows', async () => {
    const p = await planXlsx({ rows: [[...HEADERS, ''], ['甲公司', validCode(1)]], merges: ['F1:G1'] });
    expect(p.fileIssues[0]?.code).toBe('import.header_merged');
    expect(p.rows[0]?.status).toBe('new');
  });

  it('uses a formula’s saved result with a notice, and rejects a formula with none', async () => {
    const p = await planXlsx({ rows: [HEADERS, [{ formula: 'TRIM(" 甲公司 ")', result: '甲公司' }, validCode(1)], ['乙公司', { formula: 'CONCAT("9111",X1)' }]] });
    expect(p.rows[0]?.status).toBe('new');
    expect(p.rows[0]?.issues[0]).toMatchObject({ kind: 'notice', code: 'import.formula_result', column: 'A' });
    expect(p.summary.notice).toBe(1);
    expect(p.rows[1]?.issues.map((i) => i.code)).toEqual(['import.formula_no_result']);
    expect(p.rows[1]?.issues[0]?.zh).toContain('第 3 行，B 列“统一社会信用代码”：单元格是公式“=CONCAT("9111",X1)”');
  });

  it('explains dates where a phone or code was meant, and numeric credit codes', async () => {
    const p = await planXlsx({
      rows: [HEADERS, ['甲公司', validCode(1), '', '', '', new Date(Date.UTC(2015, 6, 13))], ['乙公司', 913100007109320000], ['丙公司', validCode(3), '', '', '', 42198]],
      formats: { F2: 'yyyy-mm-dd' },
    });
    expect(p.rows[0]?.issues[0]?.zh).toContain('Excel 把该单元格存成了日期 2015-07-13（内部序列号 42198），不是电话');
    expect(p.rows[1]?.issues.map((i) => i.code)).toEqual(['import.code_as_number']);
    expect(p.rows[1]?.issues[0]?.zh).toContain('15 位有效数字');
    expect(p.rows[2]?.issues[0]?.zh).toContain('42198 = 2015-07-13');
  });

  it('explains a code shown in scientific notation (a CSV saved by Excel)', () => {
    const p = plan(sheetOf([HEADERS, ['甲公司', '9.1310000710932E+17']]));
    expect(p.rows[0]?.issues.map((i) => i.code)).toEqual(['import.code_scientific']);
  });
});

describe('decideRows and the report', () => {
  it('imports a checksum-warning row only when accepted with a reason, recording who and why', async () => {
    const p = await planXlsx({ rows: [HEADERS, ['甲公司', badChecksum(validCode(1))], ['乙公司', badChecksum(validCode(2))], ['丙公司', badChecksum(validCode(3))]] });
    const decision = decideRows(p, [{ row: 2, reason: '试点期间发放的旧代码，已电话核实' }, { row: 3, reason: '  ' }], '工作人员', '2026-03-01T08:00:00.000Z');
    expect(decision.rows).toEqual([{ row: 2, values: expect.objectContaining({ name: '甲公司' }), override: { reason: '试点期间发放的旧代码，已电话核实', by: '工作人员', at: '2026-03-01T08:00:00.000Z' } }]);
    expect(decision.skipped.map((i) => [i.at?.row, i.code])).toEqual([[3, 'credit_code.override_reason_required'], [4, 'import.warning_skipped']]);
    const table = reportTable(p, decision);
    expect(table.rows.filter((r) => r[3] === '校验码警告 Checksum warning').map((r) => r[4])).toEqual(['已接受：试点期间发放的旧代码，已电话核实 Accepted', '未接受，已跳过 Skipped', '未接受，已跳过 Skipped']);
  });

  it('lists every issue in row order with row, column, field and both languages', async () => {
    const table = reportTable(await planXlsx({ rows: mixedRows() }));
    expect(table.headers).toEqual(['行号 Row', '列 Column', '字段 Field', '类别 Kind', '处理 Outcome', '企业名称 Name', '单元格内容 Value', '问题说明', 'Problem']);
    expect(table.rows.map((r) => r[0])).toEqual([5, 6, 7, 8, 9]);
    expect(table.rows[0]?.slice(0, 5)).toEqual([5, 'A', '企业名称', '错误 Error', '未导入 Not imported']);
    expect(table.rows[3]?.[4]).toBe('待确认 To confirm');
  });
});
