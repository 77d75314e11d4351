import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { THIS_YEAR } from './support/app';
import { screenshot } from './support/browser';
import { buildXlsx, goodRows, HEADERS, mixedRows, workbookRows } from '../fixtures/import/workbooks';

// Spreadsheets are parsed and written for real (20,000 rows in the cancel test): allow for a busy machine.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function newBatch(page: Page, title: string): Promise<void> {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '评价批次' });
  await nav.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建批次' });
  await dialog.getByLabel('批次名称').fill(title);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: `中国质量检验协会 ${title}` })).toBeVisible();
}

async function openImport(page: Page, name: string, buffer: Uint8Array): Promise<void> {
  await page.getByRole('button', { name: '导入申报企业' }).click();
  const dialog = page.getByRole('dialog', { name: '导入申报企业' });
  await dialog.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(buffer) });
}

function sheetRows(path: string): Promise<string[][]> {
  return workbookRows(new Uint8Array(readFileSync(path)));
}

/** Dossiers and enterprises in IndexedDB, counted in the page. */
function storedCounts(page: Page): Promise<{ dossiers: number; enterprises: number; audit: number }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('xinping');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['dossiers', 'enterprises', 'audit'], 'readonly');
      const out = { dossiers: 0, enterprises: 0, audit: 0 };
      for (const name of ['dossiers', 'enterprises', 'audit'] as const) {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => { out[name] = request.result; };
      }
      tx.oncomplete = () => { open.result.close(); resolve(out); };
    };
  }));
}

test('imports good rows, reports the bad ones by row and field, and exports the list', async ({ page }) => {
  await newBatch(page, `${THIS_YEAR}年导入测试`);
  await screenshot(page, 'import-toolbar');
  await openImport(page, '申报名单.xlsx', await buildXlsx({ rows: mixedRows() }));
  const dialog = page.getByRole('dialog', { name: '导入申报企业' });

  await expect(dialog.getByText('表头在第 1 行，数据 8 行')).toBeVisible();
  await expect(dialog.getByLabel('统一社会信用代码', { exact: true })).toBeVisible();
  await screenshot(page, 'import-mapping');
  await dialog.getByRole('button', { name: '下一步' }).click();

  const stats = dialog.getByRole('group', { name: '预览检查' });
  await expect(stats).toContainText('可导入3');
  await expect(stats).toContainText('校验码待确认1');
  await expect(stats).toContainText('重复（跳过）1');
  await expect(stats).toContainText('有错误（跳过）3');
  const issues = dialog.getByRole('table').filter({ hasText: '问题' }).last();
  await expect(dialog.getByText('第 5 行，A 列“企业名称”：企业名称为空')).toBeVisible();
  await expect(dialog.getByText(/第 6 行，B 列“统一社会信用代码”：统一社会信用代码应为 18 位/)).toBeVisible();
  await expect(dialog.getByText(/第 7 行.*与第 2 行重复/)).toBeVisible();
  await expect(issues).toBeVisible();
  await screenshot(page, 'import-preview');

  const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载问题报告（XLSX）' }).click()]);
  expect(report.suggestedFilename()).toBe('申报名单-导入问题报告.xlsx');
  const reportRows = await sheetRows(await report.path());
  expect(reportRows[0]?.slice(0, 3)).toEqual(['行号 Row', '列 Column', '字段 Field']);
  expect(reportRows.slice(1).map((r) => [r[0], r[2]])).toEqual([['5', '企业名称'], ['6', '统一社会信用代码'], ['7', '统一社会信用代码'], ['8', '统一社会信用代码'], ['9', '电话']]);

  // Accept the checksum-warning row with a reason.
  await dialog.getByRole('row', { name: /校验码存疑有限公司/ }).getByRole('checkbox').check();
  await expect(dialog.getByRole('button', { name: '导入 4 家' })).toBeDisabled();
  await dialog.getByLabel('接受理由').fill('已核对营业执照原件');
  await screenshot(page, 'import-accept-warning');
  await dialog.getByRole('button', { name: '导入 4 家' }).click();
  await expect(dialog.getByText('已导入 4 家企业')).toBeVisible();
  await screenshot(page, 'import-result');
  await dialog.getByRole('button', { name: '完成' }).click();

  for (const name of ['北京良品科技有限公司', '上海优质材料有限公司', '广州诚信检测有限公司', '校验码存疑有限公司']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('申报');
  }
  await expect(page.getByRole('row', { name: /深圳错码电子有限公司/ })).toHaveCount(0);
  await screenshot(page, 'import-table');

  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出参评企业（XLSX）' }).click()]);
  expect(exported.suggestedFilename()).toBe(`中国质量检验协会 ${THIS_YEAR}年导入测试 参评企业.xlsx`);
  const exportRows = await sheetRows(await exported.path());
  expect(exportRows[0]).toEqual(['序号', '企业名称', '统一社会信用代码', '地区', '行业', '评价类型', '状态', '得分', '级别']);
  expect(exportRows.slice(1).map((r) => r[1]).sort()).toEqual(['上海优质材料有限公司', '北京良品科技有限公司', '广州诚信检测有限公司', '校验码存疑有限公司'].sort());

  // A reviewer may not import: the button is disabled and says why.
  await page.getByLabel('当前角色').click();
  await page.getByTitle('评审员').click();
  const importButton = page.getByRole('button', { name: '导入申报企业' });
  await expect(importButton).toBeDisabled();
  await importButton.hover({ force: true });
  await expect(page.getByRole('tooltip')).toContainText('无权执行“导入申报企业”');
  await screenshot(page, 'import-reviewer-refused');
});

test('refuses a wrong file with a message naming it', async ({ page }) => {
  await newBatch(page, `${THIS_YEAR}年错误文件`);
  await page.getByRole('button', { name: '导入申报企业' }).click();
  const dialog = page.getByRole('dialog', { name: '导入申报企业' });
  await dialog.locator('input[type=file]').setInputFiles({ name: '申报通知.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004') });
  await expect(dialog.getByRole('alert')).toContainText('文件 申报通知.docx 是文档，不是表格');
  await dialog.locator('input[type=file]').setInputFiles({ name: '无表头.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await buildXlsx({ rows: [['甲公司', 'x'], ['乙公司', 'y']] })) });
  await expect(dialog.getByRole('alert')).toContainText('前 2 行中找不到表头');
  await screenshot(page, 'import-bad-file');
});

test('cancelling midway leaves nothing behind', async ({ page }) => {
  await newBatch(page, `${THIS_YEAR}年取消测试`);
  const before = await storedCounts(page);
  await openImport(page, '大名单.xlsx', await buildXlsx({ rows: [HEADERS, ...goodRows(20_000)] }));
  const dialog = page.getByRole('dialog', { name: '导入申报企业' });
  await dialog.getByRole('button', { name: '下一步' }).click({ timeout: 60_000 });
  await dialog.getByRole('button', { name: '导入 20000 家' }).click({ timeout: 60_000 });
  await expect(dialog.getByText(/正在写入 [1-9]\d* \/ 40000/)).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'import-progress');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByText('已取消导入')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('没有写入任何数据。')).toBeVisible();
  await screenshot(page, 'import-cancelled');
  expect(await storedCounts(page)).toEqual(before);
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('row', { name: /测试企业/ })).toHaveCount(0);
});
