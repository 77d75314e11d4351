import { join, resolve } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { switchLanguage, switchRole, THIS_YEAR } from './support/app';
import { screenshot } from './support/browser';
import { buildXlsx, mixedRows } from '../fixtures/import/workbooks';

// Every screen of the app, once, as a person would reach it, saved to test-results/screens/
// for review. Each step checks what the screen must show before it is photographed, so a blank
// or broken screen fails here rather than going unnoticed in a picture.

const BATCH = 'sample-caqi-2015-3';
const SAMPLE_TITLE = '中国质量检验协会 2015年第三批';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Opening the app (database, sample data) and the dossier's scoring sheet are slow on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 45_000 });

/** A dialog as the user sees it: the viewport (a full-page picture leaves the modal's mask short). */
async function screenshotDialog(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(resolve('test-results/screens'), `${name}.png`) });
}

async function openSampleBatch(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: '评价批次' }).getByText('2015年第三批').click();
  await expect(page.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.getByRole('grid', { name: '评价档案列表' })).toHaveAttribute('aria-busy', 'false');
}

test('home: the list of batches', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: '评价批次' }).getByText(SAMPLE_TITLE)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '评价批次' })).toContainText('2015年第三批');
  await screenshot(page, 'home');
});

test('batch: overview, dossier table, create and edit forms', async ({ page }) => {
  await openSampleBatch(page);
  await expect(page.getByRole('tab', { name: '参评档案' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: '共 9 份档案' })).toBeVisible();
  await screenshot(page, 'batch-overview');
  const grid = page.getByRole('grid', { name: '评价档案列表' });
  await expect(grid.getByRole('row', { name: /东研高科（北京）环保技术有限公司/ })).toContainText('AAA★');
  await grid.scrollIntoViewIfNeeded();
  await screenshot(page, 'dossier-table');

  await page.getByRole('button', { name: '编辑批次' }).click();
  const edit = page.getByRole('dialog', { name: '编辑批次' });
  await expect(edit.getByLabel('批次名称')).toHaveValue('2015年第三批');
  await screenshotDialog(page, 'batch-edit-form');
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(edit).toBeHidden();

  await page.getByRole('navigation', { name: '评价批次' }).getByRole('button', { name: '新建批次' }).click();
  const create = page.getByRole('dialog', { name: '新建批次' });
  await expect(create.getByLabel('批次名称')).toBeVisible();
  await expect(create.getByLabel('批次名称')).toHaveValue('');
  await screenshotDialog(page, 'batch-create-form');
});

test('dossier: the enterprise form and the scoring form', async ({ page }) => {
  await openSampleBatch(page);
  const grid = page.getByRole('grid', { name: '评价档案列表' });
  await grid.getByRole('row', { name: /济南科林普尔环保设备有限公司/ }).dblclick();
  await expect(page.getByRole('heading', { level: 3, name: '济南科林普尔环保设备有限公司' })).toBeVisible();
  await expect(page.getByLabel('统一社会信用代码').first()).toBeVisible();
  await screenshot(page, 'dossier-detail');
  await switchRole(page, '评审员');
  await page.getByRole('tab', { name: '评分' }).click();
  await expect(page.getByRole('region', { name: '评分结果' })).toBeVisible();
  await expect(page.getByRole('region', { name: '企业资质与许可' })).toBeVisible();
  await screenshot(page, 'dossier-scoring');
});

test('import: the dry run lists each problem by row and field; an accepted code is flagged in the table', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '评价批次' }).getByRole('button', { name: '新建批次' }).click();
  const form = page.getByRole('dialog', { name: '新建批次' });
  await form.getByLabel('批次名称').fill(`${THIS_YEAR}年截图批次`);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: `中国质量检验协会 ${THIS_YEAR}年截图批次` })).toBeVisible();
  await expect(page.getByText('本批次还没有档案')).toBeVisible();
  await expect(page.getByText('尚无已评定级别的档案')).toBeVisible();
  await screenshot(page, 'batch-empty');

  await page.getByRole('button', { name: '导入申报企业' }).click();
  const dialog = page.getByRole('dialog', { name: '导入申报企业' });
  await screenshotDialog(page, 'import-file-step');
  await dialog.locator('input[type=file]').setInputFiles({ name: '申报名单.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await buildXlsx({ rows: mixedRows() })) });
  await expect(dialog.getByText('表头在第 1 行，数据 8 行')).toBeVisible();
  await screenshotDialog(page, 'import-mapping');
  await dialog.getByRole('button', { name: '下一步' }).click();
  await expect(dialog.getByRole('group', { name: '预览检查' })).toContainText('有错误（跳过）3');
  await expect(dialog.getByText('第 5 行，A 列“企业名称”：企业名称为空')).toBeVisible();
  await screenshotDialog(page, 'import-dry-run');

  await dialog.getByRole('row', { name: /校验码存疑有限公司/ }).getByRole('checkbox').check();
  await dialog.getByLabel('接受理由').fill('已核对营业执照原件');
  await dialog.getByRole('button', { name: '导入 4 家' }).click();
  await expect(dialog.getByText('已导入 4 家企业')).toBeVisible();
  await screenshotDialog(page, 'import-result');
  await dialog.getByRole('button', { name: '完成' }).click();
  const grid = page.getByRole('grid', { name: '评价档案列表' });
  await expect(grid).toHaveAttribute('aria-rowcount', '5');
  await expect(grid.getByRole('row', { name: /校验码存疑有限公司/ }).getByTitle(/校验位警告已放行/)).toHaveText('已放行');
  await expect(grid.getByRole('row', { name: /北京良品科技有限公司/ }).getByTitle(/校验位警告已放行/)).toHaveCount(0);
  await screenshot(page, 'dossier-table-override');
});

test('review, notice and audit pages', async ({ page }) => {
  await openSampleBatch(page);
  await page.getByRole('tab', { name: '评审与初评' }).click();
  await expect(page).toHaveURL(new RegExp(`#/batches/${BATCH}/review$`));
  await expect(page.getByRole('tab', { name: '评审与初评' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('东研高科（北京）环保技术有限公司').first()).toBeVisible();
  await screenshot(page, 'review');

  await page.getByRole('tab', { name: '公示与终评' }).click();
  await expect(page).toHaveURL(new RegExp(`#/batches/${BATCH}/notice$`));
  await expect(page.getByRole('tab', { name: '公示与终评' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('公示').first()).toBeVisible();
  await screenshot(page, 'notice');

  await page.getByRole('navigation', { name: '评价批次' }).getByRole('button', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await screenshot(page, 'audit');
});

test('English: the batch page and its dossier table', async ({ page }) => {
  await openSampleBatch(page);
  await switchLanguage(page, 'English');
  await expect(page.getByRole('tab', { name: 'Dossiers' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Evaluation dossiers' });
  await expect(grid.getByRole('columnheader', { name: 'Enterprise' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '9 dossiers' })).toBeVisible();
  await screenshot(page, 'batch-page-en');
  await page.getByRole('tab', { name: 'Review & grading' }).click();
  await expect(page).toHaveURL(new RegExp(`#/batches/${BATCH}/review$`));
  await screenshot(page, 'review-en');
});
