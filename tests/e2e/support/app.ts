import { expect, type Page } from '@playwright/test';

/** New batches default to this year; titles made in tests carry it, as users write them. */
export const THIS_YEAR = new Date().getFullYear();

export type RoleLabel = '评审员' | '工作人员' | '主管';

/** A profile's name and passphrase, once profiles are set up on the workstation. */
export type Credentials = { readonly profile: string; readonly passphrase: string };

/**
 * Switches the local profile with the header's 当前角色 select. On a fresh profile (no passphrases
 * set) the switch is immediate; once profiles exist, pass the credentials for the sign-in dialog.
 */
export async function switchRole(page: Page, role: RoleLabel, credentials?: Credentials): Promise<void> {
  await page.getByRole('combobox', { name: '当前角色' }).click();
  // antd renders an aria-only listbox plus the visible option list; click the visible one.
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${role}$`) }).click();
  if (credentials) {
    const dialog = page.getByRole('dialog', { name: `切换为${role}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: '用户' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `${credentials.profile}（` }).click();
    await dialog.getByLabel('口令').fill(credentials.passphrase);
    await dialog.getByRole('button', { name: '登录' }).click();
    // the passphrase key is derived with scrypt (128 MiB): slow on a busy machine
    await expect(dialog).toBeHidden({ timeout: 120_000 });
  }
  await expect(page.getByRole('banner')).toContainText(role);
}

/** Picks the UI language with the header's 中文 / English switch. */
export async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
  await page.getByRole('banner').locator('.ant-segmented-item-label', { hasText: label }).click();
}

/** Batch in the sidebar → the enterprise's row in the dossier table → its dossier page. */
export async function openDossier(page: Page, enterpriseName: string, batchTitle = '2015年第三批'): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: '评价批次' }).getByText(batchTitle).click();
  await page.getByRole('row', { name: new RegExp(enterpriseName.replace(/[()（）]/g, '.')) }).first().getByRole('link', { name: enterpriseName }).click();
  await expect(page.getByRole('heading', { level: 3, name: enterpriseName })).toBeVisible();
}
