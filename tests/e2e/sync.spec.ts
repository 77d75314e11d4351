import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startTestHub, type TestHub } from '../../hub/testing/test-hub';
import { issueToken } from '../../hub/tokens';
import { readBundle } from '../../shared/bundle/read';
import { switchRole } from './support/app';
import { screenshot } from './support/browser';
import { connect, exportFile, importFile, renameBatch, reviewerWorkstation, scoreOnWorkstation, workstation } from './support/sync';

// Issue 6: sync upward. A real hub (embedded PostgreSQL, ephemeral port) started here; tokens
// issued with the hub's own admin code; each workstation is its own browser context.
// The story: during the sample batch's 公示 an objection to one enterprise is upheld, so its
// dossier goes back to its two reviewers; they rescore on their own workstations and push; the
// supervisor pulls, consolidates the two sheets side by side, approves, and publishes the results.

const BATCH = 'sample-caqi-2015-3';
const DOSSIER = 'sample-caqi-2015-3-01';
const ENTERPRISE = '济南科林普尔环保设备有限公司';
const SYNC_PAGE = `/#/batches/${BATCH}/sync`;
// Reviewer 1: 98 points; reviewer 2: 93. Mean 95.5 (the notice listed 96.5), still AAA; no spread over 2.
const LOWER = {
  '王建国': { 'finance.growth': 3, 'competitiveness.rnd': 3 },
  '李晓梅': { 'finance.growth': 2, 'competitiveness.rnd': 2, 'finance.solvency': 4, 'management.service': 4 },
} as const;

// A click that finds nothing fails instead of waiting for the whole test's time.
test.use({ actionTimeout: 60_000 });

let hub: TestHub;
const tokens: Record<string, string> = {};
const contexts: BrowserContext[] = [];
const files = mkdtempSync(join(tmpdir(), 'xinping-sync-e2e-'));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  hub = await startTestHub('pglite');
  for (const [user, role, batchIds] of [
    ['王建国', 'reviewer', [BATCH]],
    ['李晓梅', 'reviewer', [BATCH]],
    ['主管', 'supervisor', []],
  ] as const) {
    tokens[user] = (await issueToken(hub.sql, { user, role, batchIds: [...batchIds] })).token;
  }
});

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await hub?.stop();
});

const row = (page: Page, name: string): Locator => page.getByRole('row', { name: new RegExp(name) });

/** Staff record an objection to the enterprise within the notice period; the supervisor upholds it. */
async function upholdObjection(page: Page): Promise<void> {
  await page.goto(`/#/batches/${BATCH}/notice`);
  await page.getByRole('button', { name: '登记异议' }).click();
  const dialog = page.getByRole('dialog', { name: '登记异议' });
  await dialog.getByRole('combobox', { name: '被异议企业' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${ENTERPRISE}$`) }).click();
  await dialog.getByLabel('异议人').fill('某市质量技术监督局');
  await dialog.getByLabel('联系方式').fill('010-64001234');
  await dialog.getByLabel('异议理由').fill('该企业 2015 年 3 月省级产品质量监督抽查不合格，申报时未如实说明');
  const received = dialog.getByLabel('收到日期', { exact: true });
  await received.click();
  await received.fill('2015-07-15');
  await received.press('Enter');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toBeHidden();
  await switchRole(page, '主管');
  await row(page, '某市质量技术监督局').getByRole('button', { name: '成立', exact: true }).click();
  const uphold = page.getByRole('dialog', { name: `异议成立：${ENTERPRISE}` });
  await uphold.getByLabel('处理意见').fill('经核实抽查不合格属实，退回两位评审员重新评分');
  await uphold.getByRole('button', { name: '确定' }).click();
  await expect(uphold).toBeHidden();
  await expect(row(page, '某市质量技术监督局')).toContainText('成立');
}

/** A reviewer takes the work package, rescores the dossier, and uploads their part. */
async function rescore(page: Page, reviewerId: keyof typeof LOWER, workPackage: string): Promise<void> {
  await page.goto(SYNC_PAGE);
  await importFile(page, workPackage);
  // The dossier moved on at the office: a fast-forward from the bundled sample version, not a conflict.
  await expect(page.getByText(/已导入 主管 的数据包：新增 \d+ 条、更新 1 条/).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('没有待处理的冲突。')).toBeVisible();
  await scoreOnWorkstation(page, DOSSIER, reviewerId, LOWER[reviewerId]);
  await page.goto(SYNC_PAGE);
}

test('the office reopens a dossier, two reviewers rescore and push, the supervisor pulls, consolidates and publishes; a bundle file round trip with a conflict resolved in the dialog', async ({ browser }) => {
  test.setTimeout(600_000);

  const supervisor = await workstation(browser, contexts);
  await upholdObjection(supervisor);
  await supervisor.goto(SYNC_PAGE);
  const workPackage = await exportFile(supervisor, files, 'work-package.xpb');

  // Reviewer 1 uploads before any hub is set up: the bundle waits in the outbox, then goes by itself.
  const first = await reviewerWorkstation(browser, contexts, '王建国');
  await rescore(first, '王建国', workPackage);
  await expect(first.getByRole('tab', { name: '同步' })).toHaveAttribute('aria-selected', 'true');
  await first.getByRole('button', { name: '上传我的评分' }).click();
  await expect(first.getByTestId('sync-state')).toHaveText('等待上传');
  await expect(first.getByText('尚未设置评价中心')).toBeVisible();
  await connect(first, hub.url, tokens['王建国'] ?? '', '王建国');
  await expect(first.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(first.getByRole('table', { name: '同步记录' })).toContainText('已上传至评价中心并收到签名回执');
  await screenshot(first, 'sync-reviewer-pushed');

  const second = await reviewerWorkstation(browser, contexts, '李晓梅');
  await rescore(second, '李晓梅', workPackage);
  await connect(second, hub.url, tokens['李晓梅'] ?? '', '李晓梅');
  await second.getByRole('button', { name: '上传我的评分' }).click();
  await expect(second.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });

  // The supervisor pulls both reviewers' sheets (each with its three evidence files).
  await supervisor.goto(SYNC_PAGE);
  await connect(supervisor, hub.url, tokens['主管'] ?? '', '主管');
  await supervisor.getByRole('button', { name: '从评价中心拉取' }).click();
  await expect(supervisor.getByText('拉取完成：导入 2 个数据包，跳过 0 个，失败 0 个。')).toBeVisible({ timeout: 60_000 });
  const log = supervisor.getByRole('table', { name: '同步记录' });
  await expect(log).toContainText('已导入 王建国 的数据包：新增 4 条');
  await expect(log).toContainText('已导入 李晓梅 的数据包：新增 4 条');
  await expect(supervisor.getByText('没有待处理的冲突。')).toBeVisible();

  // Consolidation: the two pulled sheets side by side, mean 95.5, no spread over the threshold; accepted, then approved.
  await supervisor.getByRole('tab', { name: '评审与初评' }).click();
  await row(supervisor, ENTERPRISE).getByRole('button', { name: '汇总' }).click();
  const drawer = supervisor.getByRole('dialog', { name: `评分汇总：${ENTERPRISE}` });
  const sheets = drawer.getByRole('table', { name: '指标' });
  await expect(sheets.getByRole('columnheader', { name: '王建国' })).toBeVisible({ timeout: 30_000 });
  await expect(sheets.getByRole('columnheader', { name: '李晓梅' })).toBeVisible();
  await expect(sheets.getByRole('row', { name: /合计/ })).toContainText(/98(\.0)?\s*93(\.0)?/);
  await expect(drawer.getByText('各项评分差异均在阈值 2 分以内')).toBeVisible();
  await expect(drawer.locator('.ant-statistic').filter({ hasText: '汇总得分' })).toContainText('95.5');
  await expect(drawer.locator('.ant-statistic').filter({ hasText: '拟定等级' })).toContainText('AAA');
  await screenshot(supervisor, 'sync-supervisor-consolidation');
  await drawer.getByRole('button', { name: '确认汇总得分' }).click();
  await expect(drawer.getByRole('button', { name: '确认汇总得分' })).toBeHidden();
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(row(supervisor, ENTERPRISE)).toContainText('初评');
  await row(supervisor, ENTERPRISE).getByRole('button', { name: '批准', exact: true }).click();
  await expect(row(supervisor, ENTERPRISE)).toContainText('已批准');

  // The supervisor publishes; the hub's results carry the consolidated score and grade.
  await supervisor.goto(SYNC_PAGE);
  await supervisor.getByRole('button', { name: '发布终评结果' }).click();
  await expect(supervisor.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await screenshot(supervisor, 'sync-supervisor-published');
  const results = await fetch(`${hub.url}/v1/batches/${BATCH}/results`, { headers: { authorization: `Bearer ${tokens['主管'] ?? ''}` } });
  expect(results.status).toBe(200);
  const published = await readBundle(new Uint8Array(await results.arrayBuffer()));
  if (!published.ok) throw new Error(published.error.map((e) => e.en).join('; '));
  const records = published.value.records;
  expect(records.scoreSheets.filter((s) => s.dossierId === DOSSIER).map((s) => s.reviewerId).sort()).toEqual(['李晓梅', '王建国']);
  expect(records.dossiers.find((d) => d.id === DOSSIER)).toMatchObject({ state: 'notice', score: 95.5, grade: 'AAA' });
  const assessment = records.assessments.find((a) => a.dossierId === DOSSIER);
  expect(assessment?.consolidation).toMatchObject({ rule: 'mean', score: 95.5 });
  expect(assessment?.approval).toMatchObject({ score: 95.5, grade: 'AAA', by: '主管' });

  // A third workstation took the work package earlier; it catches up from a file, and both sides then rename the batch.
  const third = await workstation(browser, contexts);
  await switchRole(third, '主管');
  await third.goto(SYNC_PAGE);
  await importFile(third, workPackage);
  await expect(third.getByText(/已导入 主管 的数据包：新增 \d+ 条、更新 1 条/).first()).toBeVisible({ timeout: 60_000 });
  await renameBatch(third, BATCH, '2015年第三批（复核）');
  await renameBatch(supervisor, BATCH, '2015年第三批（终审）');
  await supervisor.goto(SYNC_PAGE);
  const latest = await exportFile(supervisor, files, 'batch-latest.xpb');

  // Everything the supervisor did since is a fast-forward; only the batch's name changed on both sides.
  await third.goto(SYNC_PAGE);
  await importFile(third, latest);
  const dialog = third.getByRole('dialog', { name: '处理同步冲突' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  const record = dialog.getByRole('group', { name: `batches/${BATCH}` });
  await expect(record).toContainText('本机版本：2015年第三批（复核）');
  await expect(record).toContainText('对方版本：2015年第三批（终审）');
  await screenshot(third, 'sync-conflict-dialog');
  await record.getByRole('button', { name: '采用对方' }).click();
  await expect(dialog).toContainText('冲突已全部处理。');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(third.getByRole('heading', { level: 3 })).toContainText('2015年第三批（终审）');
  await third.getByRole('tab', { name: '评审与初评' }).click();
  await expect(row(third, ENTERPRISE)).toContainText('95.5');

  // Importing the same file again changes nothing.
  await third.goto(SYNC_PAGE);
  await importFile(third, latest);
  await expect(third.getByText('本机数据没有变化').first()).toBeVisible({ timeout: 60_000 });
  await expect(third.getByText('没有待处理的冲突。')).toBeVisible();
});
