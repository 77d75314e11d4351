import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { checklistHash, listIndicators, type Checklist } from '../../../shared/checklist';
import type { AttachmentMeta, ScoreSheet } from '../../../shared/model';
import { defaultChecklist } from '../../../shared/resources';
import { scoreSheetId } from '../../../shared/score-sheet';
import { baseURL } from './browser';

// Workstations for the sync spec: fresh browser contexts on the app, reviewer sign-in profiles,
// a reviewer's submitted sheet with its evidence, and bundle files in and out.

export const checklist: Checklist = defaultChecklist;

/** A fresh workstation (its own IndexedDB) with the sample batch loaded on first run. */
export async function workstation(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '评价批次' })).toContainText('2015年第三批', { timeout: 60_000 });
  return page;
}

/** Writes records straight into the workstation's IndexedDB, then reloads the app. */
async function putRecords(page: Page, records: Readonly<Record<string, readonly unknown[]>>, profileId?: string): Promise<void> {
  await page.evaluate(
    async ({ records, profileId }) => {
      const request = indexedDB.open('xinping');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = idb.transaction(Object.keys(records), 'readwrite');
      for (const [store, rows] of Object.entries(records)) {
        for (const row of rows) {
          // attachments travel here as text; the app stores their bytes as a Blob
          const { text, ...item } = row as Record<string, unknown>;
          tx.objectStore(store).put(typeof text === 'string' ? { ...item, blob: new Blob([text], { type: String(item.mimeType) }) } : row);
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
      if (profileId) sessionStorage.setItem('xinping.profile', profileId);
    },
    { records, profileId },
  );
  await page.reload();
}

/** A reviewer's workstation, signed in with their own profile (the first-run role is staff). */
export async function reviewerWorkstation(browser: Browser, contexts: BrowserContext[], reviewerId: string): Promise<Page> {
  const page = await workstation(browser, contexts);
  const now = new Date().toISOString();
  const profile = { id: reviewerId, role: 'reviewer', passphrase: { kdf: { algorithm: 'scrypt', N: 1024, r: 8, p: 1, dkLen: 32 }, salt: 'AA==', hash: 'AA==' }, createdAt: now, updatedAt: now };
  await putRecords(page, { profiles: [profile] }, reviewerId);
  await expect(page.getByRole('banner')).toContainText('评审员');
  return page;
}

/** Full marks except where `lower` says otherwise; each indicator's required evidence taken from `evidence`. */
export function submittedSheet(dossierId: string, reviewerId: string, lower: Readonly<Record<string, number>>, evidence: readonly string[]): ScoreSheet {
  const now = new Date().toISOString();
  const scores = listIndicators(checklist).map(({ indicator }) => ({
    indicatorId: indicator.id,
    score: lower[indicator.id] ?? indicator.maxScore ?? 0,
    comment: `${reviewerId} 现场核验`,
    evidenceIds: evidence.slice(0, indicator.requiredEvidence.length),
  }));
  return { id: scoreSheetId(dossierId, reviewerId), dossierId, reviewerId, checklistHash: checklistHash(checklist), scores, triggeredVetoIds: [], status: 'submitted', submittedAt: now, updatedAt: now };
}

/**
 * The reviewer's scoring, done: three evidence files attached to the dossier and a submitted sheet
 * citing them (scoring itself through the UI is scoring.spec.ts's and lifecycle.spec.ts's subject).
 */
export async function scoreOnWorkstation(page: Page, dossierId: string, reviewerId: string, lower: Readonly<Record<string, number>>): Promise<ScoreSheet> {
  const addedAt = new Date().toISOString();
  const attachments = ['营业执照', '审计报告', '认证证书'].map((name): AttachmentMeta & { text: string } => {
    const text = `${name}（${reviewerId} 现场核验）`;
    const bytes = Buffer.from(text, 'utf8');
    return { id: randomUUID(), dossierId, name: `${name}.txt`, mimeType: 'text/plain', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), addedAt, text };
  });
  const sheet = submittedSheet(dossierId, reviewerId, lower, attachments.map((a) => a.id));
  await putRecords(page, { attachments, scoreSheets: [sheet] });
  await expect(page.getByRole('banner')).toContainText('评审员');
  return sheet;
}

export async function connect(page: Page, url: string, token: string, user: string): Promise<void> {
  await page.getByLabel('评价中心地址').fill(url);
  await page.getByLabel('访问令牌').fill(token);
  await page.getByRole('button', { name: '连接并保存' }).click();
  await expect(page.getByText(`已连接评价中心：${user}`)).toBeVisible({ timeout: 30_000 });
}

export async function exportFile(page: Page, dir: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出数据包' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xpb$/);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

export async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入数据包' }).click()]);
  await chooser.setFiles(path);
}

export async function renameBatch(page: Page, batchId: string, title: string): Promise<void> {
  await page.goto(`/#/batches/${batchId}`);
  await page.getByRole('button', { name: '编辑批次' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑批次' });
  await dialog.getByLabel('批次名称').fill(title);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toContainText(title);
}
