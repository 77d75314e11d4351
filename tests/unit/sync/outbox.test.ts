import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, BACKOFF, HOLD_AFTER_REFUSAL_MS } from '../../../renderer/sync/backoff';
import { createHubClient } from '../../../renderer/sync/hub-client';
import { queuePush, syncLog, syncStatus } from '../../../renderer/sync/outbox';
import { createOutboxRunner, type OutboxDeps } from '../../../renderer/sync/outbox-runner';
import type { PushProgress } from '../../../renderer/sync/push';
import { pullBatch } from '../../../renderer/sync/pull';
import { exportBundle } from '../../../renderer/sync/export';
import { SyncDb } from '../../../renderer/sync/sync-db';
import { XinpingDb } from '../../../renderer/db/schema';
import { startTestHub, type TestHub } from '../../../hub/testing/test-hub';
import { TEST_TOKENS } from '../../../hub/testing/test-tokens';
import { fakeIdb } from '../db/helpers';
import { BATCH_ID } from '../bundle/fixtures';
import { exportFrom, importInto, putSheet, reviewer, seedBatch, sheet, station, supervisor, type Station } from './helpers';

describe('back-off', () => {
  it.each([
    [1, 2_500, 5_000],
    [2, 5_000, 10_000],
    [3, 10_000, 20_000],
    [9, 640_000, 1_280_000],
    [10, BACKOFF.maxMs / 2, BACKOFF.maxMs],
    [50, BACKOFF.maxMs / 2, BACKOFF.maxMs],
  ])('after %i failures waits between %i and %i ms', (attempts, low, high) => {
    expect(backoffMs(attempts, () => 0)).toBe(low);
    expect(backoffMs(attempts, () => 1)).toBe(high);
  });
});

describe('outbox', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('pglite');
  }, 600_000);
  afterAll(async () => {
    await hub?.stop();
  });

  async function reviewerWithWork(): Promise<Station> {
    const sup = await station(supervisor);
    const rev = await station(reviewer);
    await seedBatch(sup);
    await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
    sup.close();
    await putSheet(rev, sheet(8));
    return rev;
  }

  async function queue(rev: Station, bundleId: string, clock?: () => Date): Promise<void> {
    const exported = await exportBundle(rev.db, rev.sync, { batchId: BATCH_ID, kind: 'reviewer', reviewerId: '张三', sender: { name: '张三', role: 'reviewer', reviewerId: '张三' }, signer: rev.signer, bundleId });
    if (!exported.ok) throw new Error(exported.error.en);
    await queuePush(rev.db, rev.sync, reviewer, exported.value, clock);
  }

  const deps = (rev: Station, url: string, token: string = TEST_TOKENS.zhang.token, extra: Partial<OutboxDeps> = {}): OutboxDeps => ({
    db: rev.db,
    syncDb: rev.sync,
    actor: reviewer,
    client: () => createHubClient({ baseUrl: url, token }),
    random: () => 0,
    ...extra,
  });

  it('pushes a queued bundle with progress, keeps the signed receipt, and empties the queue', async () => {
    const rev = await reviewerWithWork();
    await queue(rev, 'outbox-ok-0001');
    const runner = createOutboxRunner(deps(rev, hub.url));
    const seen: PushProgress[] = [];
    runner.onProgress((_, p) => seen.push(p));
    expect(await runner.runDue()).toBe(1);
    const status = await syncStatus(rev.sync, BATCH_ID);
    expect(status.state).toBe('synced');
    expect(status.lastReceipt?.receipt.sender.name).toBe('张三');
    expect(seen.at(-1)?.phase).toBe('done');
    expect(seen.map((p) => p.sentBytes)).toEqual(seen.map((p) => p.sentBytes).toSorted((a, b) => a - b));
    expect(await rev.db.outbox.count()).toBe(0);
    expect(await rev.sync.pending.count()).toBe(0);
    expect((await syncLog(rev.sync, BATCH_ID))[0]?.zh).toContain('签名回执');
    rev.close();
  });

  it('survives a hub that is down and a restart: the retry is persisted and succeeds later', async () => {
    const rev = await reviewerWithWork();
    const t0 = new Date('2015-07-13T09:00:00.000Z');
    await queue(rev, 'outbox-retry-01', () => t0);
    const down = createOutboxRunner(deps(rev, 'http://127.0.0.1:9', TEST_TOKENS.zhang.token, { now: () => t0 }));
    await down.runDue();
    const [item] = await rev.db.outbox.toArray();
    expect(item).toMatchObject({ attempts: 1, nextAttemptAt: new Date(t0.getTime() + backoffMs(1, () => 0)).toISOString() });
    const status = await syncStatus(rev.sync, BATCH_ID);
    expect(status.state).toBe('waiting-retry');
    const [entry] = await syncLog(rev.sync, BATCH_ID);
    expect(entry?.level).toBe('error');
    expect(entry?.zh).toContain('自动重试');
    expect(entry?.en).toContain('retried automatically');
    expect(entry?.en).not.toMatch(/sync\.|hub\./);
    // Restart: the same databases reopened by a new app instance, later.
    const names = { db: rev.db.name, sync: rev.sync.name };
    rev.close();
    const db = new XinpingDb(names.db, fakeIdb);
    const sync = new SyncDb(names.sync, fakeIdb);
    const early = createOutboxRunner({ ...deps({ ...rev, db, sync }, hub.url), now: () => t0 });
    expect(await early.runDue()).toBe(0);
    const later = createOutboxRunner({ ...deps({ ...rev, db, sync }, hub.url), now: () => new Date(t0.getTime() + 60_000) });
    expect(await later.runDue()).toBe(1);
    expect((await syncStatus(sync, BATCH_ID)).state).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    db.close();
    sync.close();
  });

  it('holds a bundle the hub refuses, says so in words, and retries when asked', async () => {
    const rev = await reviewerWithWork();
    await queue(rev, 'outbox-refused1');
    const runner = createOutboxRunner(deps(rev, hub.url, TEST_TOKENS.li.token));
    await runner.runDue();
    const [item] = await rev.db.outbox.toArray();
    expect(Date.parse(item?.nextAttemptAt ?? '') - Date.now()).toBeGreaterThan(HOLD_AFTER_REFUSAL_MS - 60_000);
    const status = await syncStatus(rev.sync, BATCH_ID);
    expect(status.state).toBe('failed');
    expect(status.problem?.zh).toContain('张三');
    expect((await syncLog(rev.sync, BATCH_ID))[0]?.zh).toContain('拒收');
    const fixed = createOutboxRunner(deps(rev, hub.url));
    expect(await fixed.runDue()).toBe(0);
    await fixed.retryNow(BATCH_ID);
    expect(await fixed.runDue()).toBe(1);
    expect((await syncStatus(rev.sync, BATCH_ID)).state).toBe('synced');
    rev.close();
  });

  it('a supervisor pulls the reviewers’ submissions into their workstation, once', async () => {
    const rev = await reviewerWithWork();
    await queue(rev, 'outbox-pull-001');
    await createOutboxRunner(deps(rev, hub.url)).runDue();
    const sup = await station(supervisor);
    await seedBatch(sup);
    const client = createHubClient({ baseUrl: hub.url, token: TEST_TOKENS.supervisor.token });
    const first = await pullBatch(sup.db, sup.sync, client, BATCH_ID, supervisor);
    expect(first.failed).toEqual([]);
    expect(first.imported.length).toBeGreaterThan(0);
    expect(await sup.db.scoreSheets.get('s1')).toEqual(sheet(8));
    const second = await pullBatch(sup.db, sup.sync, client, BATCH_ID, supervisor);
    expect(second.imported).toEqual([]);
    rev.close();
    sup.close();
  });
});
