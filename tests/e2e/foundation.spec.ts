import { expect, test } from '@playwright/test';
import { THIS_YEAR } from './support/app';
import { launchProfile, newProfileDir, screenshot } from './support/browser';

// Issue 2: the app starts, the sample batch loads, and what a user writes survives a reload
// and a browser restart on the same profile.
test('starts with the sample batch and keeps a new batch across reload and restart', async () => {
  const profile = newProfileDir();
  let context = await launchProfile(profile);
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');

  const nav = page.getByRole('navigation', { name: '评价批次' });
  await expect(nav.getByText('2015年第三批')).toBeVisible();
  await nav.getByText('2015年第三批').click();
  await expect(page.getByRole('heading', { name: '中国质量检验协会 2015年第三批' })).toBeVisible();
  const sampleRow = page.getByRole('row', { name: /东研高科（北京）环保技术有限公司/ });
  await expect(sampleRow).toContainText('AAA★');
  await expect(page.getByRole('row', { name: /东莞市宇洁新材料有限公司/ })).toContainText('A+');
  await screenshot(page, 'foundation-sample-batch');

  await nav.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建批次' });
  await dialog.getByLabel('批次名称').fill(`${THIS_YEAR}年第一批`);
  await screenshot(page, 'foundation-new-batch');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: `中国质量检验协会 ${THIS_YEAR}年第一批` })).toBeVisible();
  // A new batch starts from the defaults (10 calendar days); editing keeps the batch and changes only what was edited.
  await expect(page.getByText('10（自然日（含首尾））')).toBeVisible();
  const batchUrl = page.url();
  await page.getByRole('button', { name: '编辑批次' }).click();
  const edit = page.getByRole('dialog', { name: '编辑批次' });
  await edit.getByLabel('公示天数').fill('7');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('7（自然日（含首尾））')).toBeVisible();
  await expect(page.getByRole('heading', { name: `中国质量检验协会 ${THIS_YEAR}年第一批` })).toBeVisible();
  expect(page.url()).toBe(batchUrl);

  await page.reload();
  await expect(page.getByText('7（自然日（含首尾））')).toBeVisible();
  await expect(nav.getByText(new RegExp(`${THIS_YEAR}年第一批`))).toBeVisible();
  await context.close();

  context = await launchProfile(profile);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '评价批次' }).getByText(new RegExp(`${THIS_YEAR}年第一批`))).toBeVisible();
  await expect(page.getByRole('navigation', { name: '评价批次' }).getByText('2015年第三批')).toHaveCount(1);
  await screenshot(page, 'foundation-after-restart');
  await context.close();
});
