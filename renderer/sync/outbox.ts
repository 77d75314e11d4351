// The outbox: signed bundles waiting to be pushed. Queuing stores the bundle bytes (so every
// retry pushes the same submission) and an item in db.outbox; the runner pushes due items in
// the background, reports progress, and on failure schedules a retry with back-off. Both tables
// are in IndexedDB, so a restart picks up where it stopped.
import type { WrittenBundle } from '../../shared/bundle/write';
import type { OutboxItem } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import type { PushProgress } from './push';
import type { SyncDb, SyncLogEntry, SyncStatus } from './sync-db';

export const OUTBOX_OPERATIONS = {
  queue: { zh: '排队上传数据包', en: 'Queue bundle upload' },
  update: { zh: '更新上传队列', en: 'Update upload queue' },
} as const;

export function outboxId(manifestHash: string): string {
  return `push-${manifestHash.slice(0, 32)}`;
}

/** Queues a signed bundle for the hub. Queuing the same bundle twice keeps one item. */
export async function queuePush(db: XinpingDb, syncDb: SyncDb, actor: Actor, bundle: Pick<WrittenBundle, 'bytes' | 'manifest' | 'manifestHash'>, clock: () => Date = () => new Date()): Promise<OutboxItem> {
  const now = clock().toISOString();
  const id = outboxId(bundle.manifestHash);
  const batchId = bundle.manifest.batch.id;
  // Bytes first: an item without its bundle would be useless, a bundle without an item is re-queued at start.
  await syncDb.pending.put({ outboxId: id, batchId, bundleId: bundle.manifest.bundleId, manifestHash: bundle.manifestHash, bytes: bundle.bytes, createdAt: now });
  const item: OutboxItem = { id, batchId, kind: 'push-batch', createdAt: now, attempts: 0, nextAttemptAt: now };
  await write(db, actor, OUTBOX_OPERATIONS.queue, (scope) => scope.put('outbox', item), { tables: ['outbox'] });
  await setStatus(syncDb, { batchId, state: 'queued', sentBytes: 0, totalBytes: bundle.bytes.length, updatedAt: now });
  await addLog(syncDb, { batchId, at: now, level: 'info', zh: `数据包已加入上传队列（${formatBytes(bundle.bytes.length)}）。`, en: `The bundle was queued for upload (${formatBytes(bundle.bytes.length)}).` });
  return item;
}

export async function setStatus(syncDb: SyncDb, status: SyncStatus): Promise<void> {
  const previous = await syncDb.status.get(status.batchId);
  // Receipt, last sync and pull cursor outlive the state they were set in.
  const kept = { lastReceipt: previous?.lastReceipt, lastSyncedAt: previous?.lastSyncedAt, pulledSeq: previous?.pulledSeq };
  const defined = Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== undefined));
  await syncDb.status.put({ ...defined, ...status });
}

export async function addLog(syncDb: SyncDb, entry: SyncLogEntry): Promise<void> {
  await syncDb.log.add(entry);
}

/** The sync state of a batch for the UI (useLiveQuery over syncDb.status). */
export async function syncStatus(syncDb: SyncDb, batchId: string): Promise<SyncStatus> {
  return (await syncDb.status.get(batchId)) ?? { batchId, state: 'idle', sentBytes: 0, totalBytes: 0, updatedAt: new Date(0).toISOString() };
}

/** The batch's sync log, newest first. */
export async function syncLog(syncDb: SyncDb, batchId: string, limit = 100): Promise<SyncLogEntry[]> {
  return syncDb.log.where('batchId').equals(batchId).reverse().limit(limit).toArray();
}

export function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export type ProgressListener = (batchId: string, progress: PushProgress) => void;
