import { expect, test, type Locator, type Page } from '@playwright/test';
import { screenshot } from './support/browser';

// Issue 3: the dossier table on the sample batch (中国质量检验协会 2015年第三批, 9 enterprises):
// sort, filter, search, columns, saved views and the keyboard, as a reviewer would use them.

const BATCH = 'sample-caqi-2015-3';

// Each test walks many screens; on a loaded 2-core machine that outlasts the default minute,
// and opening the app (database, sample data) can outlast the default ten-second expectation.
test.describe.configure({ timeout: 180_000 });
const STARTUP = { timeout: 45_000 };

async function openSampleBatch(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('navigation', { name: '评价批次' }).getByText('2015年第三批').click(STARTUP);
  const grid = page.getByRole('grid', { name: '评价档案列表' });
  await expect(grid).toHaveAttribute('aria-rowcount', '10', STARTUP);
  await expect(grid).toHaveAttribute('aria-busy', 'false', STARTUP);
  return grid;
}

/** Body rows (the header row is aria-rowindex 1). */
function bodyRows(grid: Locator): Locator {
  return grid.locator('[role="row"]:not([aria-rowindex="1"])');
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** The visible part of a filter Select: its value or placeholder. */
function selectOf(page: Page, label: string): Locator {
  return page.getByRole('combobox', { name: label }).locator('xpath=../..');
}

test('sorts by score and filters by grade', async ({ page }) => {
  const grid = await openSampleBatch(page);
  await expect(page.getByRole('status').filter({ hasText: '共 9 份档案' })).toBeVisible();
  await screenshot(page, 'dossier-table-sample');

  const score = grid.getByRole('columnheader', { name: '得分' });
  await score.getByRole('button').click();
  await expect(score).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(grid).first()).toContainText('东研高科（北京）环保技术有限公司');
  await expect(bodyRows(grid).first()).toContainText('97.0');
  await score.getByRole('button').click();
  await expect(score).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(grid).first()).toContainText('东莞市宇洁新材料有限公司');
  await expect(bodyRows(grid).first()).toContainText('A+');
  await screenshot(page, 'dossier-table-sorted-by-score');

  // A grade is a base grade of the batch's scale: A finds A+, AAA finds AAA★.
  await pick(page, '按级别筛选', 'A');
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  await expect(page.getByRole('status').filter({ hasText: '筛选出 1 份，共 9 份' })).toBeVisible();
  await expect(bodyRows(grid)).toHaveCount(1);
  await expect(bodyRows(grid).first()).toContainText('东莞市宇洁新材料有限公司');
  await pick(page, '按级别筛选', 'AAA');
  await expect(grid).toHaveAttribute('aria-rowcount', '9');
  await expect(grid.getByRole('row', { name: /东研高科（北京）环保技术有限公司/ })).toContainText('AAA★');
  await screenshot(page, 'dossier-table-filtered-by-grade');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '10');
  await expect(selectOf(page, '按级别筛选')).toContainText('全部级别');
});

test('searches by the start of a name or of a credit code', async ({ page }) => {
  const grid = await openSampleBatch(page);
  const search = page.getByRole('textbox', { name: '搜索档案' });
  await search.fill('东');
  await expect(grid).toHaveAttribute('aria-rowcount', '3');
  await search.fill('东研');
  await search.press('Enter');
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  await expect(bodyRows(grid).first()).toContainText('东研高科（北京）环保技术有限公司');
  // Prefix, not substring: a word from the middle of a name finds nothing.
  await search.fill('高科');
  await search.press('Enter');
  await expect(page.getByText('没有符合条件的档案')).toBeVisible();
  await screenshot(page, 'dossier-table-search-empty');
  // Credit codes: case, spaces and hyphens as typed do not matter.
  await search.fill('9144');
  await search.press('Enter');
  await expect(grid).toHaveAttribute('aria-rowcount', '4');
  await search.fill('91441900-6845 21076l');
  await search.press('Enter');
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  await expect(bodyRows(grid).first()).toContainText('东莞市宇洁新材料有限公司');
  await screenshot(page, 'dossier-table-search-code');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '10');
  await expect(search).toHaveValue('');
});

test('hides a column, saves the view and applies it again after a reload', async ({ page }) => {
  const grid = await openSampleBatch(page);
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('group', { name: '显示的列' }).getByRole('checkbox', { name: '行业' }).uncheck();
  await expect(grid.getByRole('columnheader', { name: '行业' })).toHaveCount(0);
  await expect(grid.getByRole('columnheader', { name: '地区' })).toBeVisible();
  await screenshot(page, 'dossier-table-column-chooser');
  await page.keyboard.press('Escape');

  await pick(page, '按级别筛选', 'AAA');
  await grid.getByRole('columnheader', { name: '得分' }).getByRole('button').click();
  await expect(bodyRows(grid).first()).toContainText('东研高科（北京）环保技术有限公司');
  await page.getByRole('button', { name: '视图', exact: true }).click();
  await page.getByRole('button', { name: '保存当前视图…' }).click();
  const dialog = page.getByRole('dialog', { name: '保存视图' });
  await dialog.getByLabel('视图名称').fill('AAA 按得分');
  await screenshot(page, 'dossier-table-save-view');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存视图“AAA 按得分”')).toBeVisible();

  await page.reload();
  await expect(grid).toHaveAttribute('aria-rowcount', '10', STARTUP);
  await expect(grid.getByRole('columnheader', { name: '行业' })).toBeVisible();
  await page.getByRole('button', { name: '视图', exact: true }).click();
  await page.getByRole('button', { name: '应用视图“AAA 按得分”' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '9');
  await expect(grid.getByRole('columnheader', { name: '行业' })).toHaveCount(0);
  await expect(grid.getByRole('columnheader', { name: '得分' })).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(grid).first()).toContainText('东研高科（北京）环保技术有限公司');
  await expect(selectOf(page, '按级别筛选')).toContainText('AAA');
  await expect(page.getByRole('button', { name: '视图：AAA 按得分', exact: true })).toBeVisible();
  await screenshot(page, 'dossier-table-view-applied');

  // Views are listed per batch, and can be deleted.
  await page.getByRole('button', { name: '视图：AAA 按得分', exact: true }).click();
  await page.getByRole('button', { name: '删除视图“AAA 按得分”' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByText('已删除视图“AAA 按得分”')).toBeVisible();
  await expect(page.getByRole('button', { name: '应用视图“AAA 按得分”' })).toHaveCount(0);
});

test('moves through rows with the keyboard and opens a dossier with Enter', async ({ page }) => {
  const grid = await openSampleBatch(page);
  await grid.focus();
  const active = grid.locator('[role="row"][aria-selected="true"]');
  await expect(active).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('End');
  await expect(active).toHaveAttribute('aria-rowindex', '10');
  await page.keyboard.press('PageUp');
  await expect(active).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Home');
  await expect(active).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  // Names sort by code unit: 上海夏普… then 上海浩泽… (sample-caqi-2015-3-09).
  await expect(active).toHaveAttribute('aria-rowindex', '3');
  await expect(active).toContainText('上海浩泽净水科技发展有限公司');
  await expect(grid).toHaveAttribute('aria-activedescendant', /.+/);
  await screenshot(page, 'dossier-table-keyboard');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/batches/${BATCH}/dossiers/${BATCH}-09$`));
  await screenshot(page, 'dossier-table-opened-dossier');
});
