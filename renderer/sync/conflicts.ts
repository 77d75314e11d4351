// Resolving a conflict: keep mine, take theirs, or keep both (score sheets: both sheets stay;
// other records: mine stays and theirs is kept as a conflict copy). Every decision is written
// through the audited write path; the losing version is never thrown away.
import { err, ok, userError, type Result } from '../../shared/errors';
import type { ScoreSheet } from '../../shared/model';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { createLogger } from './log';
import { SYNC_OPERATIONS } from './operations';
import { INCOMING_TABLES, putIncoming } from './put-incoming';
import { localRecords, recordHash, type SharedRecord } from './record-forms';
import type { Resolution, SyncConflict, SyncDb } from './sync-db';

const log = createLogger('conflicts');

export type ConflictFilter = { readonly batchId?: string; readonly status?: SyncConflict['status'] };

export async function listConflicts(syncDb: SyncDb, filter: ConflictFilter = {}): Promise<SyncConflict[]> {
  const status = filter.status ?? 'open';
  const rows = filter.batchId === undefined ? await syncDb.conflicts.where('status').equals(status).toArray() : await syncDb.conflicts.where('batchId').equals(filter.batchId).toArray();
  return rows.filter((c) => c.status === status).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id));
}

/** The id "keep both" gives their score sheet: stable, so resolving twice cannot make three. */
export function keptSheetId(conflict: Pick<SyncConflict, 'recordId' | 'theirHash'>): string {
  return `${conflict.recordId}~${conflict.theirHash.slice(0, 12)}`;
}

const CHOICE = {
  mine: { zh: '保留本机版本', en: 'kept mine' },
  theirs: { zh: '采用对方版本', en: 'took theirs' },
  both: { zh: '两份都保留', en: 'kept both' },
} as const satisfies Record<Resolution, { zh: string; en: string }>;

export async function resolveConflict(
  db: XinpingDb,
  syncDb: SyncDb,
  id: string,
  resolution: Resolution,
  actor: Actor,
  clock: () => Date = () => new Date(),
): Promise<Result<SyncConflict>> {
  const conflict = await syncDb.conflicts.get(id);
  const where = { field: 'conflict', path: id };
  if (!conflict) return err(userError('sync.no_conflict', `找不到冲突 ${id}`, `conflict ${id} was not found`, where));
  const name = `${conflict.table}/${conflict.recordId}`;
  if (conflict.status === 'resolved') return err(userError('sync.conflict_resolved', `记录 ${name} 的冲突已处理过`, `the conflict on ${name} was already resolved`, where));
  const [current] = await localRecords(db, conflict.table, [conflict.recordId]);
  const currentHash = current === undefined ? null : recordHash(current);
  if (currentHash !== conflict.mineHash) {
    await syncDb.conflicts.put({ ...conflict, mine: current ?? null, mineHash: currentHash });
    return err(userError('sync.conflict_changed', `记录 ${name} 在本机又有修改，请重新查看后再决定`, `record ${name} changed here since; review it again before deciding`, where));
  }
  const theirs = conflict.theirs as SharedRecord;
  const files = new Map<string, Uint8Array>();
  const sha = Reflect.get(theirs, 'sha256');
  if (conflict.theirFile && typeof sha === 'string') files.set(sha, conflict.theirFile);
  const now = clock().toISOString();
  const isSheetPair = resolution === 'both' && conflict.table === 'scoreSheets';
  await write(
    db,
    actor,
    SYNC_OPERATIONS.resolveConflict,
    async (scope) => {
      const action = `sync.resolve.${resolution}`;
      if (resolution === 'theirs') await putIncoming(scope, [{ table: conflict.table, record: theirs }], files, action);
      else if (isSheetPair) await scope.put('scoreSheets', { ...(theirs as ScoreSheet), id: keptSheetId(conflict) }, action);
      else scope.record({ action, entity: conflict.table, entityId: conflict.recordId, before: { from: conflict.from, theirHash: conflict.theirHash }, after: { mineHash: conflict.mineHash } });
    },
    { tables: [...INCOMING_TABLES], now: clock },
  );
  const resolved: SyncConflict = { ...conflict, status: 'resolved', resolution, resolvedBy: actor.actor, resolvedAt: now };
  await syncDb.transaction('rw', [syncDb.bases, syncDb.conflicts, syncDb.conflictCopies, syncDb.log], async () => {
    // Theirs has now been seen and decided on: it is the common version from here.
    await syncDb.bases.put({ table: conflict.table, id: conflict.recordId, hash: conflict.theirHash, at: now });
    if (resolution === 'both' && !isSheetPair) {
      await syncDb.conflictCopies.put({ id: conflict.id, table: conflict.table, recordId: conflict.recordId, record: conflict.theirs, hash: conflict.theirHash, from: conflict.from, storedAt: now });
    }
    await syncDb.conflicts.put(resolved);
    const choice = CHOICE[resolution];
    await syncDb.log.add({ batchId: conflict.batchId, at: now, level: 'info', zh: `${actor.actor} 处理了记录 ${name} 的冲突：${choice.zh}。`, en: `${actor.actor} resolved the conflict on ${name}: ${choice.en}.` });
  });
  log.info(`resolved ${conflict.id}: ${resolution}`);
  return ok(resolved);
}
