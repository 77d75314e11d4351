import { expect, type Page } from '@playwright/test';

export type RoleLabel = '评审员' | '工作人员' | '主管';

/** Switches the local profile with the header's 当前角色 select. */
export async function switchRole(page: Page, role: RoleLabel): Promise<void> {
  await page.getByRole('combobox', { name: '当前角色' }).click();
  // antd renders an aria-only listbox plus the visible option list; click the visible one.
  await page.locator('.ant-select-item-option').filter({ hasText: role }).click();
  await expect(page.getByRole('banner')).toContainText(role);
}

/** Picks the UI language with the header's 中文 / English switch. */
export async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
  await page.getByRole('banner').locator('.ant-segmented-item-label', { hasText: label }).click();
}
