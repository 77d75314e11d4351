import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { listIndicators, parseChecklist, type Checklist } from '../../shared/checklist';
import { buildXlsx, HEADERS, validCode } from '../fixtures/import/workbooks';
import { switchLanguage, switchRole, type Credentials, type RoleLabel } from './support/app';
import { screenshot } from './support/browser';

// Issue 5: the whole evaluation of a small batch in the real UI — import, first review with a return
// and a resubmission, two reviewers scoring one dossier with a flagged spread, the supervisor's
// override, approval, the public notice (2015-07-13 + 10 calendar days), objections upheld, rejected
// and refused as late, the corrected notice, final grades with certificate numbers — then every step
// found in the audit log, whose hash chain verifies.

test.describe.configure({ timeout: 45 * 60_000 });
// A click that finds nothing fails instead of waiting for the whole test's time.
test.use({ actionTimeout: 60_000 });
// A busy machine: every expectation gets 30 s.
const expect = baseExpect.configure({ timeout: 30_000 });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const A = '北京良品科技有限公司';
const B = '上海优质材料有限公司';
const C = '广州诚信检测有限公司';

const PEOPLE = {
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

/** Full marks except where `lower` says otherwise. */
function plan(lower: Readonly<Record<string, number>>): { id: string; score: number }[] {
  return indicators.map((i) => ({ id: i.id, score: lower[i.id] ?? i.maxScore ?? 0 }));
}

// 甲 and 乙 differ by 4 and 3 points on two indicators: over the batch threshold of 2.
const SHEET_A_JIA = plan({ 'finance.growth': 3, 'competitiveness.rnd': 3 });
const SHEET_A_YI = plan({ 'finance.solvency': 2, 'finance.profitability': 3, 'finance.growth': 3, 'competitiveness.rnd': 3 });
const SHEET_B_JIA = plan({ 'finance.solvency': 2, 'finance.profitability': 2, 'competitiveness.market': 2, 'competitiveness.standards': 0 });

async function as(page: Page, role: RoleLabel, who: Credentials): Promise<void> {
  await switchRole(page, role, who);
  await expect(page.getByRole('banner')).toContainText(role);
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name: new RegExp(name) });
}

async function openTab(page: Page, name: '参评档案' | '评审与初评' | '公示与终评'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function pickDate(page: Page, label: string, date: string, scope: Page | Locator = page): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

async function pickOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option.replace(/[+*?()[\]]/g, '\\$&')}$`) }).click();
}

async function makeEvidence(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
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
async function scoreSheet(page: Page, sheet: readonly { id: string; score: number }[]): Promise<void> {
  await page.getByRole('tab', { name: '评分' }).click();
  const first = page.getByRole('spinbutton', { name: `${indicators[0]?.name ?? ''} 得分` });
  await expect(first).toBeVisible({ timeout: 60_000 });
  // the sheet focuses its first score box on opening; after switching tabs focus may still be on the tab
  if (!(await first.evaluate((el) => el === document.activeElement))) await first.click();
  for (const item of sheet) {
    const indicator = indicators.find((i) => i.id === item.id);
    if (!indicator) throw new Error(item.id);
    const box = page.getByRole('spinbutton', { name: `${indicator.name} 得分` });
    await expect(box).toBeFocused();
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

async function openDossier(page: Page, batchUrl: string, name: string): Promise<void> {
  await page.goto(`${batchUrl}/review`);
  await row(page, name).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

test('a batch goes from import to certificates, and every step is in the verified audit log', async ({ page }) => {
  // 1. A new batch, and its applications imported from a spreadsheet (as staff, the first-run role).
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '评价批次' });
  await nav.getByRole('button', { name: '新建批次' }).click();
  const batchDialog = page.getByRole('dialog', { name: '新建批次' });
  await batchDialog.getByLabel('批次名称').fill('2015年第四批');
  await batchDialog.getByLabel('年度').fill('2015');
  await batchDialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '中国质量检验协会 2015 2015年第四批' })).toBeVisible();
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

  // First run: no passphrases yet. The supervisor sets up everyone's profile from the banner.
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

  // 2. First review: A is returned for a missing document, resubmitted, then passes; B and C pass.
  await as(page, '工作人员', PEOPLE.staff);
  await openTab(page, '评审与初评');
  await expect(page.getByRole('group', { name: '各阶段企业数' })).toContainText('待初审3');
  await row(page, A).getByRole('button', { name: '初审' }).click();
  const screening = page.getByRole('dialog', { name: `初审：${A}` });
  for (const item of ['信用评价申报表', '营业执照副本', '近三年财务审计报告', '质量管理体系认证证书']) await screening.getByRole('checkbox', { name: new RegExp(item) }).check();
  await expect(screening.getByText('缺少必备材料：信用承诺书')).toBeVisible();
  await expect(screening.getByRole('button', { name: '通过初审' })).toBeDisabled();
  await screening.getByLabel('退回原因').fill('信用承诺书须加盖企业公章');
  await screenshot(page, 'lifecycle-screening-return');
  await screening.getByRole('button', { name: '退回' }).click();
  await expect(screening).toBeHidden();
  await expect(row(page, A)).toContainText('初审退回');

  for (const name of [B, C]) {
    await row(page, name).getByRole('button', { name: '初审' }).click();
    const dialog = page.getByRole('dialog', { name: `初审：${name}` });
    await dialog.getByRole('button', { name: '全部齐全' }).click();
    await dialog.getByRole('button', { name: '通过初审' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, name)).toContainText('初审通过');
  }

  await row(page, A).getByRole('button', { name: '重新申报' }).click();
  const resubmit = page.getByRole('dialog', { name: `登记重新申报：${A}` });
  await expect(resubmit).toContainText('缺少：信用承诺书');
  await resubmit.getByLabel('说明').fill('已补交加盖公章的信用承诺书');
  await resubmit.getByRole('button', { name: '登记重新申报' }).click();
  await expect(row(page, A)).toContainText('申报');
  await row(page, A).getByRole('button', { name: '初审' }).click();
  const second = page.getByRole('dialog', { name: `初审：${A}` });
  await second.getByRole('button', { name: '全部齐全' }).click();
  await second.getByRole('button', { name: '通过初审' }).click();
  await expect(row(page, A)).toContainText('初审通过');

  await row(page, A).getByRole('button', { name: `更多 ${A}` }).click();
  await page.getByRole('menuitem', { name: '初审记录' }).click();
  const history = page.getByRole('dialog', { name: `初审记录：${A}` });
  await expect(history).toContainText('退回');
  await expect(history).toContainText('信用承诺书须加盖企业公章');
  await expect(history).toContainText('重新申报');
  await expect(history).toContainText('通过初审');
  await screenshot(page, 'lifecycle-screening-history');
  await history.getByRole('button', { name: '关闭' }).click();

  // Assignment: two reviewers for A, 甲 alone for B and C (bulk).
  await as(page, '主管', PEOPLE.supervisor);
  await row(page, A).getByRole('checkbox').check();
  await page.getByRole('button', { name: '指派评审员' }).click();
  let assign = page.getByRole('dialog', { name: '指派评审员' });
  await pickOption(page, assign.getByRole('combobox', { name: '评审员' }), '评审员甲');
  await pickOption(page, assign.getByRole('combobox', { name: '评审员' }), '评审员乙');
  await assign.getByText(/指派评审员（替换原有指派）/).click(); // closes the multi-select's list
  await screenshot(page, 'lifecycle-assign');
  await assign.getByRole('button', { name: '指派' }).click();
  await expect(assign).toBeHidden();
  await row(page, B).getByRole('checkbox').check();
  await row(page, C).getByRole('checkbox').check();
  await page.getByRole('button', { name: '指派评审员' }).click();
  assign = page.getByRole('dialog', { name: '指派评审员' });
  await expect(assign).toContainText('为 2 家企业指派评审员');
  await pickOption(page, assign.getByRole('combobox', { name: '评审员' }), '评审员甲');
  await assign.getByText(/指派评审员（替换原有指派）/).click();
  await assign.getByRole('button', { name: '指派' }).click();
  await expect(assign).toBeHidden();
  for (const name of [A, B, C]) await expect(row(page, name)).toContainText('测评');
  await expect(row(page, A)).toContainText('评审员乙');

  // 3. Two reviewers score A; 甲 also scores B. Evidence is attached first.
  const evidence = await makeEvidence(page);
  await as(page, '评审员', PEOPLE.reviewerA);
  await expect(page.getByRole('switch', { name: '只看我的任务' })).toBeChecked();
  await expect(row(page, A)).toBeVisible();
  await screenshot(page, 'lifecycle-reviewer-queue');
  for (const [name, sheet] of [[A, SHEET_A_JIA], [B, SHEET_B_JIA]] as const) {
    await openDossier(page, batchUrl, name);
    await page.getByRole('tab', { name: '附件' }).click();
    await page.locator('input[type=file]').setInputFiles(evidence);
    await expect(page.getByText('共 3 个附件')).toBeVisible();
    await scoreSheet(page, sheet);
  }

  // The supervisor cannot consolidate A yet: 乙 has not submitted.
  await as(page, '主管', PEOPLE.supervisor);
  await page.goto(`${batchUrl}/review`);
  await row(page, A).getByRole('button', { name: '汇总' }).click();
  let drawer = page.getByRole('dialog', { name: `评分汇总：${A}` });
  await expect(drawer).toContainText('评审员 评审员乙 尚未提交评分表');
  await drawer.getByRole('button', { name: '关闭' }).click();

  await as(page, '评审员', PEOPLE.reviewerB);
  await openDossier(page, batchUrl, A);
  await scoreSheet(page, SHEET_A_YI);

  // 4. Side by side, the spread is flagged; the supervisor overrides with a reason.
  await as(page, '主管', PEOPLE.supervisor);
  await page.goto(`${batchUrl}/review`);
  await expect(row(page, A)).toContainText('差异 2 项');
  await row(page, A).getByRole('button', { name: '汇总' }).click();
  drawer = page.getByRole('dialog', { name: `评分汇总：${A}` });
  await expect(drawer.getByText('2 项评分差异超过阈值 2 分，请核实后再确认')).toBeVisible();
  const solvency = drawer.getByRole('row', { name: /偿债能力/ });
  await expect(solvency).toContainText('差异超阈值');
  await expect(solvency).toHaveClass(/xp-flagged-row/);
  await expect(drawer.getByRole('row', { name: /企业资质与许可/ })).not.toContainText('差异超阈值');
  await expect(drawer).toContainText('94.5');
  await screenshot(page, 'lifecycle-consolidation-flagged');
  await drawer.getByRole('button', { name: '调整得分或等级' }).click();
  const override = page.getByRole('dialog', { name: `调整得分或等级：${A}` });
  await override.getByLabel('分数').fill('93');
  await override.getByLabel('调整理由').fill('复核现场记录：偿债能力按 4 分计，采用评审组一致意见');
  await override.getByRole('button', { name: '调整' }).click();
  await expect(override).toBeHidden();
  await expect(drawer).toContainText('93.0');
  await expect(drawer).toContainText('复核现场记录');
  await screenshot(page, 'lifecycle-consolidation-override');
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(row(page, A)).toContainText('已调整');

  await row(page, B).getByRole('button', { name: '汇总' }).click();
  drawer = page.getByRole('dialog', { name: `评分汇总：${B}` });
  await expect(drawer).toContainText('88.0');
  await drawer.getByRole('button', { name: '确认汇总得分' }).click();
  await expect(row(page, B)).toContainText('初评');
  await drawer.getByRole('button', { name: '关闭' }).click();

  await row(page, C).getByRole('button', { name: `更多 ${C}` }).click();
  await page.getByRole('menuitem', { name: '不列入公示' }).click();
  const exclude = page.getByRole('dialog', { name: `不列入公示：${C}` });
  await exclude.getByLabel('原因').fill('企业书面申请撤回本次参评');
  await exclude.getByRole('button', { name: '不列入公示' }).click();
  await expect(row(page, C)).toContainText('不列入公示');

  // 5. The gate names who is not approved yet; approval clears it.
  const gate = page.getByRole('list', { name: '进入公示' });
  await expect(gate).toContainText(A);
  await expect(gate).toContainText(B);
  await expect(gate).not.toContainText(C);
  await screenshot(page, 'lifecycle-gate-blocked');
  await row(page, A).getByRole('checkbox').check();
  await row(page, B).getByRole('checkbox').check();
  await page.getByRole('button', { name: '批准所选等级' }).click();
  await expect(page.getByText('已批准 2 家企业的初评等级')).toBeVisible();
  await expect(row(page, A)).toContainText('已批准');
  await expect(page.getByText('所有企业均已批准初评等级或注明不列入公示，可以开始公示。')).toBeVisible();
  await screenshot(page, 'lifecycle-approved');
  await page.getByRole('button', { name: '进入公示' }).click();

  // 6. 公示 from 2015-07-13 for 10 calendar days.
  await expect(page.getByRole('tab', { name: '公示与终评', selected: true })).toBeVisible();
  await pickDate(page, '公示开始日期', '2015-07-13');
  await expect(page.getByLabel('公示截止日期')).toHaveText('2015-07-22');
  await expect(page.getByText('10 天（自然日，含首尾）')).toBeVisible();
  await expect(page.getByText('将公示 2 家企业')).toBeVisible();
  await screenshot(page, 'lifecycle-notice-start');
  await page.getByRole('button', { name: '开始公示' }).click();
  await expect(page.getByText('2015-07-13 至 2015-07-22')).toBeVisible();
  const listing = page.getByRole('table', { name: '公示名单' });
  await expect(listing.getByRole('row', { name: new RegExp(A) })).toContainText('AAA');
  await expect(listing.getByRole('row', { name: new RegExp(B) })).toContainText('AA');
  await expect(listing).not.toContainText(C);

  // 7–9. Staff record objections; one dated after the period is refused with the data layer's reason.
  await as(page, '工作人员', PEOPLE.staff);
  const record = async (name: string, raisedBy: string, contact: string, grounds: string, receivedOn: string): Promise<Locator> => {
    await page.getByRole('button', { name: '登记异议' }).click();
    const dialog = page.getByRole('dialog', { name: '登记异议' });
    await pickOption(page, dialog.getByRole('combobox', { name: '被异议企业' }), name);
    await dialog.getByLabel('异议人').fill(raisedBy);
    await dialog.getByLabel('联系方式').fill(contact);
    await dialog.getByLabel('异议理由').fill(grounds);
    await pickDate(page, '收到日期', receivedOn, dialog);
    await dialog.getByRole('button', { name: '登记' }).click();
    return dialog;
  };
  let dialog = await record(B, '某市质量技术监督局', '010-64001234', '该企业 2015 年 3 月省级产品质量监督抽查不合格，申报时未如实说明', '2015-07-15');
  await expect(dialog).toBeHidden();
  dialog = await record(A, '张先生', 'zhang@example.com', '认为该企业售后服务投诉处理不及时', '2015-07-20');
  await expect(dialog).toBeHidden();
  dialog = await record(A, '李女士', '13800001111', '补充异议材料', '2015-07-23');
  await expect(dialog.getByRole('alert')).toContainText('公示期已于 2015-07-22 结束，2015-07-23 收到的异议不予受理');
  await screenshot(page, 'lifecycle-objection-late');
  await dialog.getByRole('button', { name: '取消' }).click();
  // the shell also reported the refused write; it stays until closed
  await page.getByRole('alert').filter({ hasText: '保存失败' }).getByRole('button').click();
  const objections = page.getByRole('table', { name: '异议' });
  await expect(objections.getByRole('row')).toHaveCount(3);

  // The supervisor upholds the objection to B and rejects the one to A.
  await as(page, '主管', PEOPLE.supervisor);
  await objections.getByRole('row', { name: /某市质量技术监督局/ }).getByRole('button', { name: '成立', exact: true }).click();
  const uphold = page.getByRole('dialog', { name: `异议成立：${B}` });
  await uphold.getByLabel('处理意见').fill('经核实，该企业 2015 年 3 月抽查不合格属实，重新评定');
  await uphold.getByRole('button', { name: '确定' }).click();
  await expect(uphold).toBeHidden();
  await objections.getByRole('row', { name: /张先生/ }).getByRole('button', { name: '不成立' }).click();
  const reject = page.getByRole('dialog', { name: `异议不成立：${A}` });
  await reject.getByLabel('不成立的理由').fill('经核实，投诉均已在规定时限内处理完毕');
  await reject.getByRole('button', { name: '确定' }).click();
  await expect(reject).toBeHidden();
  await expect(objections.getByRole('row', { name: /某市质量技术监督局/ })).toContainText('成立');
  await expect(objections.getByRole('row', { name: /张先生/ })).toContainText('不成立');
  await expect(listing.getByRole('row', { name: new RegExp(B) })).toContainText('测评');
  await screenshot(page, 'lifecycle-objections-decided');

  // The upheld objection changes B's grade: re-graded, approved, and a corrected notice is issued.
  await openTab(page, '评审与初评');
  await row(page, B).getByRole('button', { name: '汇总' }).click();
  drawer = page.getByRole('dialog', { name: `评分汇总：${B}` });
  await drawer.getByRole('button', { name: '调整得分或等级' }).click();
  const regrade = page.getByRole('dialog', { name: `调整得分或等级：${B}` });
  await pickOption(page, regrade.getByRole('combobox', { name: '等级' }), 'A');
  await regrade.getByLabel('调整理由').fill('异议成立：省级抽查不合格，等级下调为 A');
  await regrade.getByRole('button', { name: '调整' }).click();
  await expect(regrade).toBeHidden();
  await drawer.getByRole('button', { name: '关闭' }).click();
  await row(page, B).getByRole('button', { name: '批准' }).click();
  await expect(row(page, B)).toContainText('公示');

  await openTab(page, '公示与终评');
  const banner = page.getByRole('alert').filter({ hasText: '项等级变更尚未公示' });
  await expect(banner).toContainText(`${B}：AA → A`);
  await screenshot(page, 'lifecycle-correction-pending');
  await banner.getByRole('button', { name: '发布更正公示' }).click();
  const correction = page.getByRole('dialog', { name: '发布更正公示' });
  await pickDate(page, '更正公示落款日期', '2015-07-18', correction);
  await correction.getByRole('button', { name: '发布' }).click();
  await expect(correction).toBeHidden();
  await expect(page.getByText('项等级变更尚未公示')).toHaveCount(0);
  await expect(listing.getByRole('row', { name: new RegExp(B) })).not.toContainText('AA');
  const releases = page.getByRole('region', { name: '公示与公告文件' });
  await expect(releases).toContainText('更正公示');

  // 10. Final grades with certificate numbers (year · association · grade code · serial).
  await pickDate(page, '终评日期', '2015-07-23');
  await page.getByRole('button', { name: '终评并编发证书' }).click();
  const certificates = page.getByRole('table', { name: '信用等级证书' });
  await expect(certificates.getByRole('row', { name: new RegExp(A) })).toContainText('201500111100001');
  await expect(certificates.getByRole('row', { name: new RegExp(B) })).toContainText('201500100100002');
  await expect(certificates.getByRole('row', { name: new RegExp(A) })).toContainText('2015-07-23 ~ 2018-07-22');
  await expect(certificates.getByRole('row', { name: new RegExp(A) })).toContainText('2016-07-23 到期');
  await expect(releases).toContainText('公告');
  await screenshot(page, 'lifecycle-final');

  // Every step is in the audit log, and the hash chain verifies.
  await nav.getByRole('button', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const log = page.getByRole('table', { name: '审计日志' });
  // [label in the action filter, action code, entries when the action writes one record per case]
  const steps: readonly (readonly [string, string, number?])[] = [
    ['初审退回', 'dossier.screen.return'],
    ['重新申报', 'dossier.resubmit'],
    ['初审通过', 'dossier.screen.pass'],
    ['指派评审员', 'dossier.assign', 3],
    ['提交评分表', 'score.submit', 3],
    ['调整得分或等级', 'dossier.override'],
    ['确认汇总得分', 'dossier.score.accept'],
    ['不列入公示', 'dossier.exclude', 1],
    ['批准初评等级', 'dossier.grade.approve'],
    ['开始公示', 'batch.notice.start', 1],
    ['发布公示', 'notice.release', 1],
    ['登记异议', 'objection.record'],
    ['异议成立', 'objection.uphold'],
    ['异议不成立', 'objection.reject'],
    ['发布更正公示', 'notice.correction.release', 1],
    ['编发证书', 'certificate.issue', 2],
    ['发布公告', 'announcement.release', 1],
  ];
  const actionFilter = page.getByRole('combobox', { name: '操作', exact: true });
  for (const [label, code, count] of steps) {
    await actionFilter.click();
    await page.keyboard.type(label);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) }).click();
    const rows = log.getByRole('row').filter({ hasText: code });
    if (count === undefined) await expect(rows.first()).toBeVisible();
    else await expect(rows).toHaveCount(count);
  }
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('button', { name: '校验哈希链' }).click();
  await expect(page.getByRole('status').filter({ hasText: '哈希链完整' })).toBeVisible();
  await screenshot(page, 'lifecycle-audit');

  // The same pages in English.
  await switchLanguage(page, 'English');
  await page.goto(`${batchUrl}/review`);
  await expect(page.getByRole('columnheader', { name: 'Proposed grade' })).toBeVisible();
  await screenshot(page, 'lifecycle-review-english');
  await page.getByRole('tab', { name: 'Notice & final' }).click();
  await expect(page.getByRole('table', { name: 'Rating certificates' })).toContainText('201500111100001');
  await screenshot(page, 'lifecycle-notice-english');
});
