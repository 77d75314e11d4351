import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startTestHub, type TestHub } from '../../hub/testing/test-hub';
import { issueToken } from '../../hub/tokens';
import { readBundle } from '../../shared/bundle/read';
import type { ScoreSheet } from '../../shared/model';
import { switchRole } from './support/app';
import { baseURL, screenshot } from './support/browser';

// Issue 6: sync upward. A real hub (embedded PostgreSQL, ephemeral port) started here; tokens
// issued with the hub's own admin code; each workstation is its own browser context.

const BATCH = 'sample-caqi-2015-3';
const DOSSIER = 'sample-caqi-2015-3-01';
const SYNC_PAGE = `/#/batches/${BATCH}/sync`;

let hub: TestHub;
const tokens: Record<string, string> = {};
const contexts: BrowserContext[] = [];
const files = mkdtempSync(join(tmpdir(), 'xinping-sync-e2e-'));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  hub = await startTestHub('pglite');
  for (const [user, role, batchIds] of [
    ['sample-reviewer-1', 'reviewer', [BATCH]],
    ['sample-reviewer-2', 'reviewer', [BATCH]],
    ['主管', 'supervisor', []],
  ] as const) {
    tokens[user] = (await issueToken(hub.sql, { user, role, batchIds: [...batchIds] })).token;
  }
});

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await hub?.stop();
});

async function workstation(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '评价批次' })).toContainText('2015年第三批', { timeout: 60_000 });
  return page;
}

/** A reviewer's workstation: their sign-in profile and one submitted sheet (scoring itself is scoring.spec.ts's subject). */
async function reviewerWorkstation(browser: Browser, reviewerId: string, score: number): Promise<Page> {
  const page = await workstation(browser);
  const now = new Date().toISOString();
  const sheet: ScoreSheet = {
    id: `${DOSSIER}::${reviewerId}`,
    dossierId: DOSSIER,
    reviewerId,
    checklistHash: 'a'.repeat(64),
    scores: [{ indicatorId: 'basic.qualification', score, comment: `${reviewerId} 现场核验` }],
    triggeredVetoIds: [],
    status: 'submitted',
    submittedAt: now,
    updatedAt: now,
  };
  const profile = { id: reviewerId, role: 'reviewer', passphrase: { kdf: { algorithm: 'scrypt', N: 1024, r: 8, p: 1, dkLen: 32 }, salt: 'AA==', hash: 'AA==' }, createdAt: now, updatedAt: now };
  await page.evaluate(
    async ({ sheet, profile }) => {
      const request = indexedDB.open('xinping');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = idb.transaction(['profiles', 'scoreSheets'], 'readwrite');
      tx.objectStore('profiles').put(profile);
      tx.objectStore('scoreSheets').put(sheet);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
      sessionStorage.setItem('xinping.profile', profile.id);
    },
    { sheet, profile },
  );
  await page.reload();
  // Signed in as the profile: the header shows its role (the default first-run role is staff).
  await expect(page.getByRole('banner')).toContainText('评审员');
  return page;
}

async function connect(page: Page, user: string): Promise<void> {
  await page.getByLabel('评价中心地址').fill(hub.url);
  await page.getByLabel('访问令牌').fill(tokens[user] ?? '');
  await page.getByRole('button', { name: '连接并保存' }).click();
  await expect(page.getByText(`已连接评价中心：${user}`)).toBeVisible({ timeout: 30_000 });
}

async function exportFile(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出数据包' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xpb$/);
  const path = join(files, name);
  await download.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入数据包' }).click()]);
  await chooser.setFiles(path);
}

async function renameBatch(page: Page, title: string): Promise<void> {
  await page.goto(`/#/batches/${BATCH}`);
  await page.getByRole('button', { name: '编辑批次' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑批次' });
  await dialog.getByLabel('批次名称').fill(title);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toContainText(title);
}

test('reviewers push their sheets, the supervisor pulls and publishes; a bundle file round trip with a conflict resolved in the dialog', async ({ browser }) => {
  test.setTimeout(600_000);

  // Reviewer 1 uploads before any hub is set up: the bundle waits in the outbox, then goes by itself.
  const first = await reviewerWorkstation(browser, 'sample-reviewer-1', 5);
  await first.goto(SYNC_PAGE);
  await expect(first.getByRole('tab', { name: '同步' })).toHaveAttribute('aria-selected', 'true');
  await first.getByRole('button', { name: '上传我的评分' }).click();
  await expect(first.getByTestId('sync-state')).toHaveText('等待上传');
  await expect(first.getByText('尚未设置评价中心')).toBeVisible();
  await connect(first, 'sample-reviewer-1');
  await expect(first.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(first.getByRole('table', { name: '同步记录' })).toContainText('已上传至评价中心并收到签名回执');
  await screenshot(first, 'sync-reviewer-pushed');

  const second = await reviewerWorkstation(browser, 'sample-reviewer-2', 4);
  await second.goto(SYNC_PAGE);
  await connect(second, 'sample-reviewer-2');
  await second.getByRole('button', { name: '上传我的评分' }).click();
  await expect(second.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });

  // The supervisor pulls both reviewers' sheets, then publishes the results.
  const supervisor = await workstation(browser);
  await switchRole(supervisor, '主管');
  await supervisor.goto(SYNC_PAGE);
  await connect(supervisor, '主管');
  await supervisor.getByRole('button', { name: '从评价中心拉取' }).click();
  await expect(supervisor.getByText('拉取完成：导入 2 个数据包，跳过 0 个，失败 0 个。')).toBeVisible({ timeout: 60_000 });
  const log = supervisor.getByRole('table', { name: '同步记录' });
  await expect(log).toContainText('已导入 sample-reviewer-1 的数据包：新增 1 条');
  await expect(log).toContainText('已导入 sample-reviewer-2 的数据包：新增 1 条');
  await supervisor.getByRole('button', { name: '发布终评结果' }).click();
  await expect(supervisor.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await screenshot(supervisor, 'sync-supervisor-published');
  const results = await fetch(`${hub.url}/v1/batches/${BATCH}/results`, { headers: { authorization: `Bearer ${tokens['主管'] ?? ''}` } });
  expect(results.status).toBe(200);
  const published = await readBundle(new Uint8Array(await results.arrayBuffer()));
  expect(published.ok && published.value.records.scoreSheets.map((s) => s.reviewerId).sort()).toEqual(['sample-reviewer-1', 'sample-reviewer-2']);

  // A third workstation takes the batch as a file, and both sides then rename the batch.
  const firstFile = await exportFile(supervisor, 'batch-1.xpb');
  const third = await workstation(browser);
  await switchRole(third, '主管');
  await third.goto(SYNC_PAGE);
  await importFile(third, firstFile);
  await expect(third.getByText('已导入 主管 的数据包：新增 2 条').first()).toBeVisible({ timeout: 60_000 });
  await renameBatch(third, '2015年第三批（复核）');
  await renameBatch(supervisor, '2015年第三批（终审）');
  await supervisor.goto(SYNC_PAGE);
  const secondFile = await exportFile(supervisor, 'batch-2.xpb');

  await third.goto(SYNC_PAGE);
  await importFile(third, secondFile);
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

  // Importing the same file again changes nothing.
  await importFile(third, secondFile);
  await expect(third.getByText('本机数据没有变化').first()).toBeVisible({ timeout: 60_000 });
  await expect(third.getByText('没有待处理的冲突。')).toBeVisible();
});
