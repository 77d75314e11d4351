import { expect as baseExpect, test, type Page } from '@playwright/test';
import { listIndicators } from '../../shared/checklist';
import type { IndicatorScore } from '../../shared/model';
import { defaultChecklist, nineGradeScale } from '../../shared/resources';
import { formatScore } from '../../shared/rounding';
import { sheetOutcome } from '../../shared/score-sheet';
import { openDossier, switchRole } from './support/app';
import { screenshot } from './support/browser';

// Issue: score a dossier against the checklist — keyboard only, autosaved through a reload,
// submitted and locked; only a supervisor may reopen it.

// The sheet has twenty indicators and each keystroke re-renders it: give slow CI machines room.
const expect = baseExpect.configure({ timeout: 30_000 });

const checklist = defaultChecklist;
const scale = nineGradeScale;

async function makeEvidence(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const maker = await page.context().newPage();
  await maker.setContent('<main style="font:24px sans-serif;padding:32px;border:6px double #b71c1c;width:520px">营业执照（副本）<p style="font-size:16px">统一社会信用代码 91370100726815305K</p></main>');
  const licence = await maker.locator('main').screenshot();
  const report = await maker.pdf({ format: 'A5' });
  await maker.setContent('<main style="font:20px serif;padding:32px">质量管理体系认证证书 GB/T 19001</main>');
  const certificate = await maker.pdf({ format: 'A5' });
  await maker.close();
  return [
    { name: '营业执照.png', mimeType: 'image/png', buffer: licence },
    { name: '审计报告.pdf', mimeType: 'application/pdf', buffer: report },
    { name: '认证证书.pdf', mimeType: 'application/pdf', buffer: certificate },
  ];
}

type Plan = { readonly id: string; readonly score?: string; readonly isNotApplicable?: boolean; readonly comment?: string };

const PLAN: readonly Plan[] = [
  { id: 'basic.qualification', score: '5', comment: '证照齐全，现场核验原件' },
  { id: 'basic.governance', score: '4' },
  { id: 'basic.personnel', score: '2' },
  { id: 'basic.history', score: '3' },
  { id: 'finance.audit', score: '5' },
  { id: 'finance.solvency', score: '6' },
  { id: 'finance.profitability', score: '4' },
  { id: 'finance.operation', score: '4' },
  { id: 'finance.growth', isNotApplicable: true },
  { id: 'management.quality', score: '6' },
  { id: 'management.safety', score: '5' },
  { id: 'management.contract', score: '4' },
  { id: 'management.service', score: '3' },
  { id: 'competitiveness.market', score: '2' },
  { id: 'competitiveness.rnd', isNotApplicable: true },
  { id: 'competitiveness.standards', score: '1' },
  { id: 'credit.tax', score: '8' },
  { id: 'credit.bank', score: '7' },
  { id: 'credit.quality', score: '8' },
  { id: 'credit.compliance', score: '7' },
];
const RELOAD_AFTER = 'competitiveness.market';

const indicatorOf = (id: string): (typeof checklist)['categories'][number]['indicators'][number] => {
  const found = listIndicators(checklist).find((x) => x.indicator.id === id)?.indicator;
  if (!found) throw new Error(id);
  return found;
};
const scoreBox = (page: Page, id: string) => page.getByRole('spinbutton', { name: `${indicatorOf(id).name} 得分` });
const focusedLabel = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** One indicator, keys only: the score (or Tab + Space for N/A), a comment, evidence picked from the list, then on. */
async function scoreIndicator(page: Page, plan: Plan): Promise<void> {
  const indicator = indicatorOf(plan.id);
  await expect(scoreBox(page, plan.id)).toBeFocused();
  if (plan.isNotApplicable) {
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe(`${indicator.name} 不适用`);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.type(plan.score ?? '');
  if (plan.comment === undefined && indicator.requiredEvidence.length === 0) {
    await page.keyboard.press('Enter');
    return;
  }
  for (let presses = 0; (await focusedLabel(page)) !== `${indicator.name} 评分说明`; presses++) {
    expect(presses, `Tab from ${indicator.name} should reach its comment`).toBeLessThan(3);
    await page.keyboard.press('Tab');
  }
  if (plan.comment) await page.keyboard.type(plan.comment);
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe(`${indicator.name} 证明材料`);
  for (let i = 0; i < indicator.requiredEvidence.length; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
}

function expectedOutcome(): { total: string; grade: string } {
  const scores: IndicatorScore[] = PLAN.map((p) => ({
    indicatorId: p.id,
    score: p.isNotApplicable ? null : Number(p.score),
    ...(p.isNotApplicable ? { isNotApplicable: true } : { evidenceIds: indicatorOf(p.id).requiredEvidence.map((_, i) => `e${i}`) }),
  }));
  const outcome = sheetOutcome(checklist, scale, { scores, triggeredVetoIds: [] });
  if (!outcome.ok || outcome.grade.grade === null) throw new Error('plan does not score');
  return { total: formatScore(outcome.score.unrounded), grade: outcome.grade.grade };
}

async function expectResult(page: Page, total: string, grade: string): Promise<void> {
  const result = page.getByRole('region', { name: '评分结果' });
  await expect(result.getByRole('region', { name: '总分' })).toHaveText(`总分${total}`);
  await expect(result.getByRole('region', { name: '等级' })).toHaveText(`等级${grade}`);
}

test.describe.configure({ timeout: 600_000 });
// A trace snapshots the whole twenty-indicator sheet after every key press: that, not the app, made this test crawl.
test.use({ trace: 'off' });

test('a reviewer scores a dossier by keyboard, loses nothing on reload, submits; only a supervisor reopens it', async ({ page }) => {
  await openDossier(page, '济南科林普尔环保设备有限公司');
  await switchRole(page, '评审员');
  await page.getByRole('tab', { name: '附件' }).click();
  await page.locator('input[type=file]').setInputFiles(await makeEvidence(page));
  await expect(page.getByText('共 3 个附件')).toBeVisible();

  await page.getByRole('tab', { name: '评分' }).click();
  await expect(page.getByText('键盘评分：Tab 在各项之间移动')).toBeVisible();

  // Out of range is refused with a message, and Enter does not move on until it is fixed.
  await expect(scoreBox(page, 'basic.qualification')).toBeFocused();
  await scoreIndicator(page, PLAN[0] ?? { id: '' });
  await expect(scoreBox(page, 'basic.governance')).toBeFocused();
  await page.keyboard.type('9');
  await expect(page.getByRole('alert').filter({ hasText: '“法人治理与组织结构”满分 4 分，输入的 9 超出 0–4，未采用' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(scoreBox(page, 'basic.governance')).toBeFocused();
  await screenshot(page, 'dossier-scoring-out-of-range');

  const reloadAt = PLAN.findIndex((p) => p.id === RELOAD_AFTER);
  for (const plan of PLAN.slice(1, reloadAt)) await scoreIndicator(page, plan);
  await expect(page.getByRole('region', { name: '评分结果' }).getByText(/暂定：尚有 \d+ 项未评/)).toBeVisible();
  await expect(page.getByText(/已自动保存 \d{2}:\d{2}:\d{2}/)).toBeVisible();

  // The last keystroke before the reload is still in flight to IndexedDB: the journal must carry it.
  await expect(scoreBox(page, RELOAD_AFTER)).toBeFocused();
  await page.keyboard.type('2');
  await page.reload();
  await expect(scoreBox(page, 'competitiveness.rnd')).toBeFocused();
  for (const plan of PLAN.slice(0, reloadAt + 1)) {
    if (plan.score) await expect(scoreBox(page, plan.id)).toHaveValue(plan.score);
    else await expect(page.getByRole('checkbox', { name: `${indicatorOf(plan.id).name} 不适用` })).toBeChecked();
  }
  await expect(page.getByRole('textbox', { name: '企业资质与许可 评分说明' })).toHaveValue('证照齐全，现场核验原件');
  await expect(page.getByRole('region', { name: '企业资质与许可' }).getByText('已附 3 / 3 份')).toBeVisible();
  await screenshot(page, 'dossier-scoring-after-reload');

  for (const plan of PLAN.slice(reloadAt + 1)) await scoreIndicator(page, plan);
  const submit = page.getByRole('button', { name: '提交评分表' });
  await expect(submit).toBeFocused();
  const { total, grade } = expectedOutcome();
  await expectResult(page, total, grade);
  await screenshot(page, 'dossier-scoring-complete');

  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: '提交评分表？' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/已于 .* 提交，评分表已锁定/)).toBeVisible();
  await expect(scoreBox(page, 'credit.compliance')).toBeDisabled();

  await page.reload();
  await expect(page.getByText(/已于 .* 提交，评分表已锁定/)).toBeVisible();
  for (const plan of PLAN.filter((p) => p.score)) {
    await expect(scoreBox(page, plan.id)).toHaveValue(plan.score ?? '');
    await expect(scoreBox(page, plan.id)).toBeDisabled();
  }
  await expectResult(page, total, grade);
  await expect(page.getByRole('button', { name: '提交评分表' })).toHaveCount(0);
  await screenshot(page, 'dossier-scoring-submitted');

  await switchRole(page, '工作人员');
  await page.getByRole('button', { name: '退回重评' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '当前角色“工作人员”无权执行“退回重评”，需由主管操作' });
  await expect(refusal).toBeVisible();
  await expect(page.getByText(/已于 .* 提交，评分表已锁定/)).toBeVisible();
  await screenshot(page, 'dossier-scoring-reopen-refused');
  await refusal.getByRole('button').click(); // the refusal stays until dismissed; it covers the header

  await switchRole(page, '主管');
  await page.getByRole('button', { name: '退回重评' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '退回' }).click();
  await expect(page.getByText('评分表已退回重评')).toBeVisible();
  await expect(page.getByText('只读：这是 评审员甲 的评分表。')).toBeVisible();

  await switchRole(page, '评审员');
  await expect(scoreBox(page, 'credit.compliance')).toBeEnabled();
  await expect(scoreBox(page, 'credit.compliance')).toHaveValue('7');
  await expect(page.getByRole('button', { name: '提交评分表' })).toBeVisible();
});

test('submitting lists every unscored indicator and missing evidence, and each item leads to its indicator', async ({ page }) => {
  await openDossier(page, '上海夏普电器有限公司');
  await switchRole(page, '评审员');
  await page.getByRole('tab', { name: '评分' }).click();
  await expect(scoreBox(page, 'basic.qualification')).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('3');
  await page.getByRole('button', { name: '提交评分表' }).click();
  const problems = page.getByRole('alert').filter({ hasText: '还不能提交' });
  await expect(problems).toContainText('还不能提交，以下 20 项需要处理');
  await expect(problems).toContainText('“企业资质与许可”须附证明材料：营业执照副本复印件；生产许可证或行业准入证明；产品认证证书（已附 0 份，需 3 份）');
  await expect(problems).toContainText('“管理层与员工素质”尚未评分');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, 'dossier-scoring-blocked');
  await problems.getByText('“管理层与员工素质”尚未评分').click();
  await expect(scoreBox(page, 'basic.personnel')).toBeFocused();
});
