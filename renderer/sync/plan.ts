// Merge planning: every incoming record against the local version and the base, decided before
// anything is written, so the user can preview an import and nothing half-applies.
import { SYNCED_TABLES, type SyncedTable } from '../../shared/bundle/format';
import type { VerifiedBundle } from '../../shared/bundle/read';
import type { XinpingDb } from '../db/schema';
import { decide, type Decision } from './decide';
import { localRecords, recordHash, type SharedRecord } from './record-forms';
import { seededBase } from './seeded';
import type { SyncConflict, SyncDb } from './sync-db';

export type PlannedRecord = {
  readonly table: SyncedTable;
  readonly id: string;
  readonly theirs: SharedRecord;
  readonly theirHash: string;
  readonly mine: SharedRecord | undefined;
  readonly mineHash: string | undefined;
  readonly base: string | undefined;
  readonly decision: Decision;
  /** Set when this very version already made a conflict (open or resolved). */
  readonly existingConflict: SyncConflict | undefined;
};

export type MergePlan = { readonly bundle: VerifiedBundle; readonly items: readonly PlannedRecord[] };

export function conflictId(table: SyncedTable, id: string, theirHash: string): string {
  return `${table}/${id}/${theirHash}`;
}

export async function planMerge(db: XinpingDb, syncDb: SyncDb, bundle: VerifiedBundle): Promise<MergePlan> {
  const parents = new Map(bundle.records.lineage.map((l) => [`${l.table}/${l.id}`, l.parent]));
  const items: PlannedRecord[] = [];
  for (const table of SYNCED_TABLES) {
    const incoming: readonly SharedRecord[] = bundle.records[table];
    if (incoming.length === 0) continue;
    const ids = incoming.map((r) => r.id);
    const mine = await localRecords(db, table, ids);
    const bases = await syncDb.bases.bulkGet(ids.map((id) => [table, id]));
    const theirHashes = incoming.map(recordHash);
    const conflicts = await syncDb.conflicts.bulkGet(incoming.map((r, i) => conflictId(table, r.id, theirHashes[i] ?? '')));
    incoming.forEach((theirs, i) => {
      const theirHash = theirHashes[i] ?? '';
      const local = mine[i];
      const mineHash = local === undefined ? undefined : recordHash(local);
      const base = bases[i]?.hash ?? seededBase(table, theirs.id);
      const existingConflict = conflicts[i];
      const decided = decide({ local: mineHash, base, theirs: theirHash, parent: parents.get(`${table}/${theirs.id}`) });
      const decision = existingConflict?.status === 'open' && decided !== 'unchanged' ? 'conflict' : decided;
      items.push({ table, id: theirs.id, theirs, theirHash, mine: local, mineHash, base, decision, existingConflict });
    });
  }
  return { bundle, items };
}

export type DecisionCounts = Readonly<Record<Decision, number>>;

export function countDecisions(items: readonly PlannedRecord[]): DecisionCounts {
  const counts: Record<Decision, number> = { create: 0, unchanged: 0, 'fast-forward': 0, 'keep-mine': 0, conflict: 0 };
  for (const item of items) counts[item.decision] += 1;
  return counts;
}
