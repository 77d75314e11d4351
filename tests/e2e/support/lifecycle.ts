import { readFileSync } from 'node:fs';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { listIndicators, parseChecklist, type Checklist } from '../../../shared/checklist';
import { buildXlsx, HEADERS, validCode } from '../../fixtures/import/workbooks';
import { switchRole, type Credentials, type RoleLabel } from './app';
import { screenshot } from './browser';

// Shared steps of the lifecycle spec (issue 5): the batch's people, their score sheets, and the
// small moves (pick a date, pick an option, score by keyboard) every step repeats.

// A busy machine: every expectation gets 30 s.
export const expect = baseExpect.configure({ timeout: 30_000 });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const A = '北京良品科技有限公司';
export const B = '上海优质材料有限公司';
export const C = '广州诚信检测有限公司';

export const PEOPLE = {
  supervisor: { profile: '主管', passphrase: 'zhuguan-2015-q3' },
  staff: { profile: '工作人员', passphrase: 'gongzuo-2015-q3' },
  reviewerA: { profile: '评审员甲', passphrase: 'pingshen-jia-2015' },
  reviewerB: { profile: '评审员乙', passphrase: 'pingshen-yi-2015' },
} as const satisfies Record<string, Credentials>;

const checklist: Checklist = (() => {
  const parsed = parseChecklist(JSON.parse(readFileSync('resources/checklists/caqi-default-v1.json', 'utf8')));
  if (!parsed.ok) throw new Error('checklist does not parse');
  return parsed.value;
})();
const indicators = listIndicators(checklist).map((x) => x.indicator);

type Sheet = readonly { readonly id: string; readonly score: number }[];

/** Full marks except where `lower` says otherwise. */
function plan(lower: Readonly<Record<string, number>>): Sheet {
  return indicators.map((i) => ({ id: i.id, score: lower[i.id] ?? i.maxScore ?? 0 }));
}

// 甲 and 乙 differ by 4 and 3 points on two indicators: over the batch threshold of 2.
export const SHEET_A_JIA = plan({ 'finance.growth': 3, 'competitiveness.rnd': 3 });
export const SHEET_A_YI = plan({ 'finance.solvency': 2, 'finance.profitability': 3, 'finance.growth': 3, 'competitiveness.rnd': 3 });
export const SHEET_B_JIA = plan({ 'finance.solvency': 2, 'finance.profitability': 2, 'competitiveness.market': 2, 'competitiveness.standards': 0 });

/** Switches role, signing in as `who` with their passphrase. */
export async function as(page: Page, role: RoleLabel, who: Credentials): Promise<void> {
  await switchRole(page, role, who);
  await expect(page.getByRole('banner')).toContainText(role);
}

export function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name: new RegExp(name) });
}

export async function openTab(page: Page, name: '参评档案' | '评审与初评' | '公示与终评'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

export async function pickDate(page: Page, label: string, date: string, scope: Page | Locator = page): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

export async function pickOption(page: Page, combobox: Locator, option: string): Promise<void> {
  const choice = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option.replace(/[+*?()[\]]/g, '\\$&')}$`) });
  const select = combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  // A click during the previous dialog's closing animation can miss; pick again until the choice shows.
  await expect(async () => {
    await combobox.click();
    await choice.click({ timeout: 10_000 });
    await expect(select).toContainText(option, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/** A new batch with three applications imported from a spreadsheet; returns the batch's URL. */
export async function importBatch(page: Page): Promise<string> {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '评价批次' });
  await nav.getByRole('button', { name: '新建批次' }).click();
  const batchDialog = page.getByRole('dialog', { name: '新建批次' });
  await batchDialog.getByLabel('批次名称').fill('2015年第四批');
  await batchDialog.getByLabel('年度').fill('2015');
  await batchDialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '中国质量检验协会 2015年第四批' })).toBeVisible();
  const batchUrl = page.url().replace(/\/$/, '');

  await page.getByRole('button', { name: '导入申报企业' }).click();
  const importDialog = page.getByRole('dialog', { name: '导入申报企业' });
  const workbook = await buildXlsx({ rows: [HEADERS, [A, validCode(201), '北京', '制造业', '王敏', '010-62345678'], [B, validCode(202), '上海', '化工', '李强', '13912345678'], [C, validCode(203), '广东', '检验检测', '陈静', '020-87654321']] });
  await importDialog.locator('input[type=file]').setInputFiles({ name: '2015年第四批申报企业.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(workbook) });
  await importDialog.getByRole('button', { name: '下一步' }).click();
  await importDialog.getByRole('button', { name: '导入 3 家' }).click();
  await expect(importDialog.getByText('已导入 3 家企业')).toBeVisible();
  await importDialog.getByRole('button', { name: '完成' }).click();
  await expect(row(page, A)).toContainText('申报');
  return batchUrl;
}

/** First run: the supervisor sets up everyone's profile and passphrase from the banner. */
export async function setUpProfiles(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: '尚未设置用户口令' })).toBeVisible();
  await switchRole(page, '主管');
  await page.getByRole('button', { name: '设置用户与口令' }).click();
  const setup = page.getByRole('dialog', { name: '设置用户与口令' });
  const people = [PEOPLE.supervisor, PEOPLE.staff, PEOPLE.reviewerA, PEOPLE.reviewerB];
  for (const [i, who] of people.entries()) {
    await expect(setup.getByLabel(`用户 ${i + 1} 用户名`)).toHaveValue(who.profile);
    await setup.getByLabel(`用户 ${i + 1} 口令`).fill(who.passphrase);
    await setup.getByLabel(`用户 ${i + 1} 确认口令`).fill(who.passphrase);
  }
  await screenshot(page, 'lifecycle-profiles-setup');
  await setup.getByRole('button', { name: '保存并以主管登录' }).click();
  await expect(setup).toBeHidden({ timeout: 180_000 });
  await expect(page.getByRole('status').filter({ hasText: '尚未设置用户口令' })).toHaveCount(0);
}

/** A licence image and two PDFs, made in the browser, to attach as evidence. */
export async function makeEvidence(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const maker = await page.context().newPage();
  await maker.setContent('<main style="font:24px sans-serif;padding:32px;border:6px double #b71c1c;width:520px">营业执照（副本）</main>');
  const licence = await maker.locator('main').screenshot();
  const report = await maker.pdf({ format: 'A5' });
  await maker.setContent('<main style="font:20px serif;padding:32px">质量管理体系认证证书</main>');
  const certificate = await maker.pdf({ format: 'A5' });
  await maker.close();
  return [
    { name: '营业执照.png', mimeType: 'image/png', buffer: licence },
    { name: '审计报告.pdf', mimeType: 'application/pdf', buffer: report },
    { name: '认证证书.pdf', mimeType: 'application/pdf', buffer: certificate },
  ];
}

const focusedLabel = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** The reviewer's sheet, by keyboard as reviewers do: each score, its evidence picked from the list, then on. */
export async function scoreSheet(page: Page, sheet: Sheet): Promise<void> {
  await page.getByRole('tab', { name: '评分' }).click();
  const first = page.getByRole('spinbutton', { name: `${indicators[0]?.name ?? ''} 得分` });
  await expect(first).toBeVisible({ timeout: 60_000 });
  // the sheet focuses its first score box on opening; after switching tabs focus may still be on the tab
  if (!(await first.evaluate((el) => el === document.activeElement))) await first.click();
  for (const item of sheet) {
    const indicator = indicators.find((i) => i.id === item.id);
    if (!indicator) throw new Error(item.id);
    // no focus check per box: the submit button being focused at the end proves the keyboard path
    await page.keyboard.type(String(item.score));
    if (indicator.requiredEvidence.length === 0) {
      await page.keyboard.press('Enter');
      continue;
    }
    while ((await focusedLabel(page)) !== `${indicator.name} 评分说明`) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    for (let i = 0; i < indicator.requiredEvidence.length; i++) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: '提交评分表' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '提交评分表？' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/已于 .* 提交，评分表已锁定/)).toBeVisible();
  await screenshot(page, 'lifecycle-sheet-submitted');
}

export async function openDossier(page: Page, batchUrl: string, name: string): Promise<void> {
  await page.goto(`${batchUrl}/review`);
  await row(page, name).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

/**
 * Picks reviewers in the 指派评审员 multi-select by typing each name and pressing Enter (a click on
 * an option can be lost while the list re-renders on a busy machine), then closes the list.
 */
export async function pickReviewers(page: Page, dialog: Locator, names: readonly string[]): Promise<void> {
  const select = dialog.getByRole('combobox', { name: '评审员' });
  await select.click();
  for (const name of names) {
    await page.keyboard.type(name);
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toHaveText(name);
    await page.keyboard.press('Enter');
  }
  await dialog.getByText(/指派评审员（替换原有指派）/).click(); // closes the multi-select's list
  for (const name of names) await expect(dialog).toContainText(name);
}
