import { expect, test } from '@playwright/test';
import { switchLanguage, switchRole } from './support/app';
import { screenshot } from './support/browser';

test('switches between Chinese and English, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '评价批次' })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(page.getByRole('navigation', { name: 'Batches' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New batch' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Batches' }).getByText('2015年第三批').click();
  await expect(page.getByRole('columnheader', { name: 'Enterprise' })).toBeVisible();
  await screenshot(page, 'shell-english');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Batches' })).toBeVisible();
  await switchLanguage(page, '中文');
  await expect(page.getByRole('navigation', { name: '评价批次' })).toBeVisible();
});

test('a reviewer who tries to create a batch is refused with a message naming the role', async ({ page }) => {
  await page.goto('/');
  await switchRole(page, '评审员');

  await page.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建批次' });
  await dialog.getByLabel('批次名称').fill('越权批次');
  await dialog.getByRole('button', { name: '保存' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
  await expect(alert).toContainText('当前角色“评审员”无权执行“新建批次”');
  await screenshot(page, 'shell-role-refused');
  await expect(page.getByRole('navigation', { name: '评价批次' }).getByText(/越权批次/)).toHaveCount(0);
});
