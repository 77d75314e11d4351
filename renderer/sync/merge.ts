// Import: verify the whole bundle first (signature, every hash, every schema), then plan, then
// write the new and fast-forwarded records in one audited transaction. Conflicts are recorded,
// never applied; importing the same bundle again changes nothing.
import { readBundle, type ReadOptions, type VerifiedBundle } from '../../shared/bundle/read';
import { err, ok, XinpingError, type Result, type UserError } from '../../shared/errors';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { createLogger } from './log';
import { SYNC_OPERATIONS } from './operations';
import { conflictId, countDecisions, planMerge, type DecisionCounts, type MergePlan, type PlannedRecord } from './plan';
import { INCOMING_TABLES, putIncoming } from './put-incoming';
import type { SyncConflict, SyncDb } from './sync-db';
import { importSummary } from './words';

const log = createLogger('merge');

export type MergeReport = {
  readonly bundleId: string;
  readonly batchId: string;
  readonly from: string;
  readonly fingerprint: string;
  readonly manifestHash: string;
  readonly counts: DecisionCounts;
  /** Open conflicts involving this bundle's records, for the user to resolve. */
  readonly conflicts: readonly SyncConflict[];
  readonly summary: { readonly zh: string; readonly en: string };
};

export type ImportOptions = Omit<ReadOptions, 'limits'> & {
  readonly actor: Actor;
  readonly now?: () => Date;
  /** Refuse a bundle for any other batch (e.g. when importing from a batch's page). */
  readonly batchId?: string;
};

export async function importBundle(db: XinpingDb, syncDb: SyncDb, bytes: Uint8Array, options: ImportOptions): Promise<Result<MergeReport, readonly UserError[]>> {
  const read = await readBundle(bytes, options);
  if (!read.ok) return read;
  if (options.batchId !== undefined && read.value.manifest.batch.id !== options.batchId) {
    const other = read.value.manifest.batch;
    return err([{ code: 'sync.wrong_batch', zh: `数据包属于批次“${other.title}”（${other.id}），不是当前批次`, en: `the bundle is for batch "${other.title}" (${other.id}), not this one`, at: { field: 'batch.id' } }]);
  }
  const plan = await planMerge(db, syncDb, read.value);
  try {
    return ok(await applyMerge(db, syncDb, plan, options.actor, options.now));
  } catch (cause) {
    if (cause instanceof XinpingError) return err([cause.detail]);
    throw cause;
  }
}

export async function applyMerge(db: XinpingDb, syncDb: SyncDb, plan: MergePlan, actor: Actor, clock?: () => Date): Promise<MergeReport> {
  const now = (clock ?? ((): Date => new Date()))().toISOString();
  const { bundle } = plan;
  const { manifest } = bundle;
  const from = manifest.sender.name;
  const toWrite = plan.items.filter((i) => i.decision === 'create' || i.decision === 'fast-forward');
  const counts = countDecisions(plan.items);
  if (toWrite.length > 0) {
    await write(
      db,
      actor,
      SYNC_OPERATIONS.importBundle,
      async (scope) => {
        await putIncoming(scope, toWrite.map((i) => ({ table: i.table, record: i.theirs })), bundle.files, 'sync.import');
        scope.record({ action: 'sync.import', entity: 'bundles', entityId: manifest.bundleId, before: null, after: { from, manifestHash: bundle.manifestHash, counts } });
      },
      { tables: [...INCOMING_TABLES], ...(clock ? { now: clock } : {}) },
    );
  }
  const conflicted = plan.items.filter((i) => i.decision === 'conflict');
  const conflicts = conflicted.map((i) => i.existingConflict ?? newConflict(i, bundle, now));
  const fresh = conflicted.filter((i) => i.existingConflict === undefined).map((i) => newConflict(i, bundle, now));
  // An unchanged record already at its base keeps that base (and the parent it remembers).
  const agreed = plan.items.filter((i) => i.decision !== 'conflict' && i.decision !== 'keep-mine' && !(i.decision === 'unchanged' && i.base === i.theirHash));
  const summary = importSummary(from, counts);
  await syncDb.transaction('rw', [syncDb.bases, syncDb.conflicts, syncDb.remoteAudit, syncDb.imports, syncDb.log], async () => {
    await syncDb.bases.bulkPut(agreed.map((i) => ({ table: i.table, id: i.id, hash: i.theirHash, at: now, ...(i.decision === 'fast-forward' && i.mineHash !== undefined ? { parent: i.mineHash } : {}) })));
    await syncDb.conflicts.bulkPut(fresh);
    await syncDb.remoteAudit.bulkPut(bundle.records.audit.map((entry) => ({ id: `${bundle.signer.fingerprint}:${entry.seq}`, origin: bundle.signer.fingerprint, seq: entry.seq, entry, bundleId: manifest.bundleId })));
    await syncDb.imports.put({ bundleId: manifest.bundleId, manifestHash: bundle.manifestHash, batchId: manifest.batch.id, from, fingerprint: bundle.signer.fingerprint, importedAt: now, summary });
    await syncDb.log.add({ batchId: manifest.batch.id, at: now, level: 'info', ...summary });
  });
  log.info(`imported bundle ${manifest.bundleId} from ${from}`, counts);
  return { bundleId: manifest.bundleId, batchId: manifest.batch.id, from, fingerprint: bundle.signer.fingerprint, manifestHash: bundle.manifestHash, counts, conflicts, summary };
}

function newConflict(item: PlannedRecord, bundle: VerifiedBundle, now: string): SyncConflict {
  return {
    id: conflictId(item.table, item.id, item.theirHash),
    batchId: bundle.manifest.batch.id,
    table: item.table,
    recordId: item.id,
    mine: item.mine ?? null,
    mineHash: item.mineHash ?? null,
    theirs: item.theirs,
    theirHash: item.theirHash,
    ...withFile(fileOf(item, bundle)),
    baseHash: item.base ?? null,
    bundleId: bundle.manifest.bundleId,
    from: bundle.manifest.sender.name,
    detectedAt: now,
    status: 'open',
  };
}

function withFile(file: Uint8Array | undefined): { theirFile?: Uint8Array } {
  return file ? { theirFile: file } : {};
}

function fileOf(item: PlannedRecord, bundle: VerifiedBundle): Uint8Array | undefined {
  if (item.table !== 'attachments' && item.table !== 'documents') return undefined;
  const sha = Reflect.get(item.theirs, 'sha256');
  return typeof sha === 'string' ? bundle.files.get(sha) : undefined;
}
