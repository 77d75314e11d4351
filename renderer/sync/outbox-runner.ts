// Runs the outbox: pushes due items one at a time, with progress; a failure is written down in
// words and retried later with back-off (a refusal waits for the user). Safe to run in two
// windows at once: the hub treats the same submission twice as one.
import { openBundle } from '../../shared/bundle/read';
import { XinpingError } from '../../shared/errors';
import type { OutboxItem } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { backoffMs, HOLD_AFTER_REFUSAL_MS } from './backoff';
import { HubRequestError, type HubClient } from './hub-client';
import { createLogger } from './log';
import { addLog, formatBytes, OUTBOX_OPERATIONS, setStatus, type ProgressListener } from './outbox';
import { pushBundle, type PushProgress } from './push';
import type { PendingPush, SyncDb } from './sync-db';
import { describeFailure } from './words';

const log = createLogger('outbox');

export type OutboxDeps = {
  readonly db: XinpingDb;
  readonly syncDb: SyncDb;
  readonly actor: Actor;
  /** The hub to push to; undefined while none is set up (items wait). */
  readonly client: () => HubClient | undefined;
  /** The registered hub's key fingerprint, to check receipts against. */
  readonly hubFingerprint?: () => string | undefined;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly pollMs?: number;
};

export type OutboxRunner = {
  start(): void;
  stop(): Promise<void>;
  /** Pushes every item that is due now; resolves with how many were attempted. */
  runDue(): Promise<number>;
  /** Makes the batch's items (or all) due now, e.g. from a "retry" button. */
  retryNow(batchId?: string): Promise<void>;
  onProgress(listener: ProgressListener): () => void;
};

const STATUS_EVERY_MS = 500;

export function createOutboxRunner(deps: OutboxDeps): OutboxRunner {
  const clock = deps.now ?? ((): Date => new Date());
  const listeners = new Set<ProgressListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<number> | undefined;
  let isStopped = true;

  const update = (item: OutboxItem, changes: Partial<OutboxItem>): Promise<unknown> =>
    write(deps.db, deps.actor, OUTBOX_OPERATIONS.update, (scope) => scope.put('outbox', { ...item, ...changes }), { tables: ['outbox'] });

  async function recoverOrphans(): Promise<void> {
    const pending = await deps.syncDb.pending.toArray();
    const items = await deps.db.outbox.bulkGet(pending.map((p) => p.outboxId));
    const now = clock().toISOString();
    for (const [i, p] of pending.entries()) {
      if (items[i]) continue;
      log.warn(`re-queuing ${p.outboxId}: its outbox item was missing`);
      const item: OutboxItem = { id: p.outboxId, batchId: p.batchId, kind: 'push-batch', createdAt: p.createdAt, attempts: 0, nextAttemptAt: now };
      await write(deps.db, deps.actor, OUTBOX_OPERATIONS.queue, (scope) => scope.put('outbox', item), { tables: ['outbox'] });
    }
  }

  async function fail(item: OutboxItem, error: unknown, pending: PendingPush | undefined): Promise<void> {
    const words = describeFailure(error);
    const isRetryable = error instanceof HubRequestError ? error.isRetryable : !(error instanceof XinpingError);
    const attempts = item.attempts + 1;
    const next = new Date(clock().getTime() + (isRetryable ? backoffMs(attempts, deps.random) : HOLD_AFTER_REFUSAL_MS)).toISOString();
    const now = clock().toISOString();
    await update(item, { attempts, nextAttemptAt: next, lastError: `${words.zh} / ${words.en}` });
    await setStatus(deps.syncDb, { batchId: item.batchId, state: isRetryable ? 'waiting-retry' : 'failed', sentBytes: 0, totalBytes: pending?.bytes.length ?? 0, updatedAt: now, nextAttemptAt: next, problem: words });
    const when = next.slice(11, 16);
    await addLog(deps.syncDb, {
      batchId: item.batchId,
      at: now,
      level: 'error',
      zh: `第 ${attempts} 次上传未成功：${words.zh}${isRetryable ? `。将于 ${when}（UTC）自动重试。` : '。评价中心拒收，请处理后手动重试。'}`,
      en: `Upload attempt ${attempts} did not succeed: ${words.en}${isRetryable ? `. It will be retried automatically at ${when} UTC.` : '. The hub refused it; fix the problem, then retry.'}`,
    });
    log.warn(`push ${item.id} failed (attempt ${attempts}): ${words.en}`);
  }

  async function attempt(item: OutboxItem, client: HubClient): Promise<void> {
    const pending = await deps.syncDb.pending.get(item.id);
    if (!pending) {
      await write(deps.db, deps.actor, OUTBOX_OPERATIONS.update, (scope) => scope.remove('outbox', item.id), { tables: ['outbox'] });
      await addLog(deps.syncDb, { batchId: item.batchId, at: clock().toISOString(), level: 'error', zh: '待上传的数据包已不在本机，请重新导出后再上传。', en: 'The bundle waiting for upload is no longer here; export it again and upload.' });
      return;
    }
    await setStatus(deps.syncDb, { batchId: item.batchId, state: 'pushing', sentBytes: 0, totalBytes: pending.bytes.length, updatedAt: clock().toISOString() });
    try {
      // Our own signed bundle: zip, manifest and signature are checked here, every hash by the hub.
      const bundle = await openBundle(pending.bytes);
      if (!bundle.ok) throw new XinpingError(bundle.error[0] ?? { code: 'sync.bundle_damaged', zh: '待上传的数据包已损坏', en: 'the bundle waiting for upload is damaged' });
      let lastStatus = 0;
      const onProgress = (p: PushProgress): void => {
        for (const listener of listeners) listener(item.batchId, p);
        if (Date.now() - lastStatus < STATUS_EVERY_MS) return;
        lastStatus = Date.now();
        void setStatus(deps.syncDb, { batchId: item.batchId, state: 'pushing', sentBytes: p.sentBytes, totalBytes: p.toSendBytes, updatedAt: clock().toISOString() });
      };
      const fingerprint = deps.hubFingerprint?.();
      const result = await pushBundle(client, bundle.value, { onProgress, ...(fingerprint ? { hubFingerprint: fingerprint } : {}) });
      const now = clock().toISOString();
      await write(deps.db, deps.actor, OUTBOX_OPERATIONS.update, (scope) => scope.remove('outbox', item.id), { tables: ['outbox'] });
      await deps.syncDb.pending.delete(item.id);
      await setStatus(deps.syncDb, { batchId: item.batchId, state: 'synced', sentBytes: result.sentBytes, totalBytes: result.bundleBytes, updatedAt: now, lastSyncedAt: now, lastReceipt: result.signedReceipt });
      const sent = formatBytes(result.sentBytes);
      await addLog(deps.syncDb, {
        batchId: item.batchId,
        at: now,
        level: 'info',
        zh: `已上传至评价中心并收到签名回执（本次发送 ${sent}${result.isDuplicate ? '，中心此前已收到' : ''}）。`,
        en: `Uploaded to the hub; its signed receipt was received (${sent} sent${result.isDuplicate ? '; the hub already had it' : ''}).`,
      });
    } catch (error) {
      await fail(item, error, pending);
    }
  }

  async function runDue(): Promise<number> {
    if (running) return running;
    running = (async (): Promise<number> => {
      await recoverOrphans();
      const client = deps.client();
      if (!client) return 0;
      const due = await deps.db.outbox.where('nextAttemptAt').belowOrEqual(clock().toISOString()).toArray();
      due.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const item of due) await attempt(item, client);
      return due.length;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  const schedule = (): void => {
    if (isStopped) return;
    timer = setTimeout(() => {
      runDue().then(schedule, (error: unknown) => {
        log.error('outbox run failed', error);
        schedule();
      });
    }, deps.pollMs ?? 5_000);
  };

  return {
    start() {
      if (!isStopped) return;
      isStopped = false;
      runDue().then(schedule, (error: unknown) => {
        log.error('outbox run failed', error);
        schedule();
      });
    },
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    runDue,
    async retryNow(batchId) {
      const items = batchId === undefined ? await deps.db.outbox.toArray() : await deps.db.outbox.where('batchId').equals(batchId).toArray();
      const now = clock().toISOString();
      for (const item of items) await update(item, { nextAttemptAt: now });
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
