import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { verifyAuditChain } from '../../shared/audit';
import type { AuditEntry, Role } from '../../shared/model';
import { switchRole } from './support/app';
import { screenshot } from './support/browser';

// Issue 5: the 审计日志 page — filters, the hash-chain verifier (intact, then tampered with in
// IndexedDB), and exports that can be re-hashed outside the app.

test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 60_000 });
// A busy machine: every expectation gets 30 s.
const expect = baseExpect.configure({ timeout: 30_000 });

async function newBatch(page: Page, title: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: '评价批次' });
  await nav.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建批次' });
  await dialog.getByLabel('批次名称').fill(title);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

/** The rows of an exported workbook's first sheet, as text. */
async function xlsxRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

/** Edits entry 2 behind the app's back, or deletes it. */
async function tamper(page: Page, how: 'edit' | 'remove'): Promise<void> {
  await page.evaluate((mode) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('xinping');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('audit', 'readwrite');
      const store = tx.objectStore('audit');
      if (mode === 'remove') store.delete(2);
      else {
        const get = store.get(2);
        get.onsuccess = () => store.put({ ...get.result, actor: '某人' });
      }
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), how);
}

/** An exported row back into an entry: before/after are canonical JSON, so the hash can be recomputed. */
function entryOf(row: readonly string[]): AuditEntry {
  const [seq, at, actor, role, action, entity, entityId, before, after, prevHash, hash] = row;
  return { seq: Number(seq), at: at ?? '', actor: actor ?? '', role: (role ?? '') as Role, action: action ?? '', entity: entity ?? '', entityId: entityId ?? '', before: JSON.parse(before ?? 'null'), after: JSON.parse(after ?? 'null'), prevHash: prevHash ?? '', hash: hash ?? '' };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows as a CSV file the way Excel writes "CSV UTF-8": BOM, every cell quoted, CRLF. */
function csvOf(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function checkFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '校验文件' }).click()]);
  await chooser.setFiles(file);
}

test('filters the log, verifies the chain, exports it re-hashable, and re-checks exported files', async ({ page }) => {
  await page.goto('/');
  await newBatch(page, '审计测试批次甲');
  await switchRole(page, '主管');
  await newBatch(page, '审计测试批次乙');

  await page.getByRole('navigation', { name: '评价批次' }).getByRole('button', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const log = page.getByRole('table', { name: '审计日志' });
  await expect(log.getByRole('row').filter({ hasText: 'system' }).first()).toBeVisible();

  // Filters: by actor, by record, by action, by date.
  await choose(page, '操作人', '工作人员');
  await expect(log.getByRole('row').filter({ hasText: '主管' })).toHaveCount(0);
  await choose(page, '对象', '批次');
  const created = log.getByRole('row').filter({ hasText: '工作人员' });
  await expect(created).toHaveCount(1);
  await created.getByRole('button').first().click();
  await expect(log).toContainText('审计测试批次甲');
  await screenshot(page, 'audit-filtered');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await choose(page, '操作人', '主管');
  await expect(log.getByRole('row').filter({ hasText: '工作人员' })).toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: '主管' }).first()).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();

  const from = page.getByPlaceholder('开始日期');
  await from.click();
  await from.fill('2015-07-13');
  await from.press('Enter');
  const to = page.getByPlaceholder('结束日期');
  await to.fill('2015-07-22');
  await to.press('Enter');
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();

  // The chain verifies.
  await page.getByRole('button', { name: '校验哈希链' }).click();
  await expect(page.getByRole('status').filter({ hasText: '哈希链完整' })).toBeVisible();
  await screenshot(page, 'audit-verified');

  // XLSX: every entry, and the chain re-verifies from the file alone.
  await page.getByRole('button', { name: '导出' }).click();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出 Excel（XLSX）' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^审计日志-\d{8}-\d{4}\.xlsx$/);
  const rows = await xlsxRows(await xlsx.path());
  expect(rows[0]?.slice(0, 5)).toEqual(['序号 Seq', '时间 Time (UTC)', '操作人 Actor', '角色 Role', '操作 Action']);
  const entries = rows.slice(1).map(entryOf).sort((a, b) => a.seq - b.seq);
  expect(entries.length).toBeGreaterThan(2);
  expect(verifyAuditChain(entries)).toMatchObject({ ok: true, count: entries.length });

  // The app re-checks an exported file, in its own row order: intact, then with rows swapped or cut.
  await checkFile(page, { name: xlsx.suggestedFilename(), mimeType: XLSX_TYPE, buffer: readFileSync(await xlsx.path()) });
  await expect(page.getByRole('status').filter({ hasText: `${xlsx.suggestedFilename()}：哈希链完整，共 ${entries.length} 条记录` })).toBeVisible();
  const [header = [], ...body] = rows;
  const swapped = [header, body[0] ?? [], body[2] ?? [], body[1] ?? [], ...body.slice(3)];
  await checkFile(page, { name: '审计日志-调换.csv', mimeType: 'text/csv', buffer: csvOf(swapped) });
  await expect(page.getByRole('alert').filter({ hasText: '审计日志-调换.csv：哈希链校验失败，第 3 条记录有问题' })).toContainText('审计日志第 3 条记录出现在第 2 位，顺序被调换');
  const cut = [header, ...body.filter((_, i) => i !== 1)];
  await checkFile(page, { name: '审计日志-删除.csv', mimeType: 'text/csv', buffer: csvOf(cut) });
  await expect(page.getByRole('alert').filter({ hasText: '审计日志-删除.csv：哈希链校验失败，第 2 条记录有问题' })).toContainText('审计日志缺少第 2 条记录（已被删除）');
  await screenshot(page, 'audit-file-checked');

  // CSV of a filter: UTF-8 with BOM for Excel, only the filtered rows.
  await choose(page, '操作人', '主管');
  await page.getByRole('button', { name: '导出' }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出 CSV' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFF序号 Seq,')).toBe(true);
  const lines = text.trim().split('\r\n');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(',主管,supervisor,'))).toBe(true);
  await page.getByRole('button', { name: '清除筛选' }).click();
});

test('names the first entry edited or removed behind the app\'s back', async ({ page }) => {
  await page.goto('/');
  await newBatch(page, '审计测试批次丙');
  await page.getByRole('navigation', { name: '评价批次' }).getByRole('button', { name: '审计日志' }).click();
  const log = page.getByRole('table', { name: '审计日志' });
  await page.getByRole('button', { name: '校验哈希链' }).click();
  await expect(page.getByRole('status').filter({ hasText: '哈希链完整' })).toBeVisible();

  // Someone edits entry 2 in IndexedDB: the verifier names it.
  await tamper(page, 'edit');
  await page.getByRole('button', { name: '校验哈希链' }).click();
  const broken = page.getByRole('alert').filter({ hasText: '哈希链校验失败：第 2 条记录有问题' });
  await expect(broken).toContainText('审计日志第 2 条记录与其哈希不符（内容被修改）');
  await broken.getByRole('button', { name: '查看该记录' }).click();
  // the page turns to the entry and marks it (the edit bypassed the app, so the row shows what was logged)
  await expect(log.locator('tr.xp-flagged-row')).toHaveAttribute('data-row-key', '2');
  await screenshot(page, 'audit-tampered');

  // Entry 2 deleted outright: the verifier names the gap.
  await tamper(page, 'remove');
  await page.getByRole('button', { name: '校验哈希链' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '哈希链校验失败：第 2 条记录有问题' })).toContainText('审计日志缺少第 2 条记录（已被删除）');
});
