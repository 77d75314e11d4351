import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { switchLanguage } from './support/app';
import { baseURL, screenshot } from './support/browser';
import { installSigningKey } from './support/signing-key';
import {
  A, as, B, C, expect, importBatch, makeEvidence, openDossier, openTab, PEOPLE, pickDate, pickOption, pickReviewers, row, scoreSheet, setUpProfiles,
  SHEET_A_JIA, SHEET_A_YI, SHEET_B_JIA,
} from './support/lifecycle';

// Issue 5: the whole evaluation of a small batch in the real UI — import, first review with a return
// and a resubmission, two reviewers scoring one dossier with a flagged spread, the supervisor's
// override, approval, the public notice (2015-07-13 + 10 calendar days, its PDF signed), objections
// upheld, rejected and refused as late, the corrected notice, final grades with certificate numbers —
// then every step found in the audit log, whose hash chain verifies. One browser, one database:
// the steps run in order, each a test of its own so that a failure names its step.

test.describe.configure({ mode: 'serial', timeout: 300_000 });
// A click that finds nothing fails instead of waiting for the whole test's time.
test.use({ actionTimeout: 60_000 });

let context: BrowserContext;
let page: Page;
let batchUrl = '';
let evidence: Awaited<ReturnType<typeof makeEvidence>> = [];

/** The signed-in reviewer opens the dossier, attaches the evidence, and scores it. */
async function attachAndScore(name: string, sheet: Parameters<typeof scoreSheet>[1]): Promise<void> {
  await openDossier(page, batchUrl, name);
  await page.getByRole('tab', { name: '附件' }).click();
  await page.locator('input[type=file]').setInputFiles(evidence);
  await expect(page.getByText('共 3 个附件')).toBeVisible();
  await scoreSheet(page, sheet);
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

/** 全部齐全 in a first-review dialog. A click while the dialog still animates can miss; the button only sets, so click until it took. */
async function checkAll(dialog: Locator): Promise<void> {
  await expect(async () => {
    await dialog.getByRole('button', { name: '全部齐全' }).click();
    await expect(dialog.getByRole('button', { name: '通过初审' })).toBeEnabled({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

test('1. import three applications; the supervisor sets up profiles with passphrases', async () => {
  batchUrl = await importBatch(page);
  await installSigningKey(page);
  await setUpProfiles(page);
});

test('2. first review with a return and a resubmission; reviewers assigned', async () => {
  // First review: A is returned for a missing document, resubmitted, then passes; B and C pass.
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
    await checkAll(dialog);
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
  await checkAll(second);
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
  await pickReviewers(page, assign, ['评审员甲', '评审员乙']);
  await screenshot(page, 'lifecycle-assign');
  await assign.getByRole('button', { name: '指派' }).click();
  await expect(assign).toBeHidden();
  await row(page, B).getByRole('checkbox').check();
  await row(page, C).getByRole('checkbox').check();
  await page.getByRole('button', { name: '指派评审员' }).click();
  assign = page.getByRole('dialog', { name: '指派评审员' });
  await expect(assign).toContainText('为 2 家企业指派评审员');
  await pickReviewers(page, assign, ['评审员甲']);
  await assign.getByRole('button', { name: '指派' }).click();
  await expect(assign).toBeHidden();
  for (const name of [A, B, C]) await expect(row(page, name)).toContainText('测评');
  await expect(row(page, A)).toContainText('评审员乙');
});

test('3a. reviewer 甲 attaches evidence and scores A by keyboard', async () => {
  evidence = await makeEvidence(page);
  await as(page, '评审员', PEOPLE.reviewerA);
  await expect(page.getByRole('switch', { name: '只看我的任务' })).toBeChecked();
  await expect(row(page, A)).toBeVisible();
  await screenshot(page, 'lifecycle-reviewer-queue');
  await attachAndScore(A, SHEET_A_JIA);
});

test('3b. 甲 scores B; A cannot be consolidated while 乙 has not submitted', async () => {
  await attachAndScore(B, SHEET_B_JIA);
  await as(page, '主管', PEOPLE.supervisor);
  await page.goto(`${batchUrl}/review`);
  await row(page, A).getByRole('button', { name: '汇总' }).click();
  const drawer = page.getByRole('dialog', { name: `评分汇总：${A}` });
  await expect(drawer).toContainText('评审员 评审员乙 尚未提交评分表');
  await drawer.getByRole('button', { name: '关闭' }).click();
});

test('3c. reviewer 乙 scores A: two sheets for one dossier', async () => {
  await as(page, '评审员', PEOPLE.reviewerB);
  await openDossier(page, batchUrl, A);
  await scoreSheet(page, SHEET_A_YI);
});

test('4–5. the spread is flagged and overridden with a reason; the gate names blockers until all are approved', async () => {
  let drawer: Locator;
  // Side by side, the spread is flagged; the supervisor overrides with a reason.
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

  // The gate names who is not approved yet; approval clears it.
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
});

test('6. 公示 from 2015-07-13 for 10 calendar days; the notice PDF is made and signed', async () => {
  await expect(page.getByRole('tab', { name: '公示与终评', selected: true })).toBeVisible();
  await pickDate(page, '公示开始日期', '2015-07-13');
  await expect(page.getByLabel('公示截止日期')).toHaveText('2015-07-22');
  await expect(page.getByText('10 天（自然日，含首尾）')).toBeVisible();
  await expect(page.getByText('将公示 2 家企业')).toBeVisible();
  await screenshot(page, 'lifecycle-notice-start');
  await page.getByRole('button', { name: '开始公示' }).click();
  await expect(page.getByText('2015-07-13 至 2015-07-22', { exact: true })).toBeVisible();
  const listing = page.getByRole('table', { name: '公示名单' });
  await expect(listing.getByRole('row', { name: new RegExp(A) })).toContainText('AAA');
  await expect(listing.getByRole('row', { name: new RegExp(B) })).toContainText('AA');
  await expect(listing).not.toContainText(C);

  // The notice is produced and signed as the period starts; pdfsig checks the signature.
  const notice = page.getByRole('region', { name: '公示与公告文件' }).getByRole('listitem').filter({ hasText: '公示' });
  await expect(notice).toContainText('已签章', { timeout: 120_000 });
  await screenshot(page, 'lifecycle-notice-signed');
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: '下载 PDF' }).click()]);
  const pdf = await download.path();
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('pdfsig', [pdf], { encoding: 'utf8' })).toContain('Signature is Valid');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('公示期为10天');
  expect(text).toContain(A);
  expect(text).toContain(B);
  expect(text).not.toContain(C);
});

test('7–9. objections: one upheld, one rejected with a reason, one refused as late', async () => {
  const listing = page.getByRole('table', { name: '公示名单' });
  // Staff record objections; one dated after the period is refused with the data layer's reason.
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

});

test('7. the upheld objection changes B\'s grade, and a corrected notice is published', async () => {
  const listing = page.getByRole('table', { name: '公示名单' });
  // B is re-graded, approved again, and the change goes out as a corrected notice.
  await openTab(page, '评审与初评');
  await row(page, B).getByRole('button', { name: '汇总' }).click();
  const drawer = page.getByRole('dialog', { name: `评分汇总：${B}` });
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
});

test('10. final grades with certificate numbers; every step is in the audit log, whose chain verifies', async () => {
  const nav = page.getByRole('navigation', { name: '评价批次' });
  const releases = page.getByRole('region', { name: '公示与公告文件' });
  // Final grades with certificate numbers (year · association · grade code · serial).
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
    ['保存文件', 'document.store'],
    ['登录', 'profile.sign-in'],
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
