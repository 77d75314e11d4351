// Two (or three) workstations on fake-indexeddb, a supervisor's batch, and quick edits.
import { SyncDb } from '../../../renderer/sync/sync-db';
import { exportBundle, type ExportOptions } from '../../../renderer/sync/export';
import { importBundle, type MergeReport } from '../../../renderer/sync/merge';
import { putDossiers } from '../../../renderer/db/records';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write, type Actor } from '../../../renderer/db/write';
import type { ManifestSigner } from '../../../shared/bundle/signature';
import type { ScoreSheet } from '../../../shared/model';
import { batchRecord, dossierRecord, enterprises, newSigner, REVIEWER, sheetRecord } from '../bundle/fixtures';
import { fakeIdb, openTestDb, uniqueName } from '../db/helpers';

export const supervisor: Actor = { actor: '王主管', role: 'supervisor' };
export const reviewer: Actor = { actor: REVIEWER, role: 'reviewer' };
export const OTHER_REVIEWER = '李四';

export type Station = { readonly db: XinpingDb; readonly sync: SyncDb; readonly signer: ManifestSigner; readonly actor: Actor; close(): void };

export async function station(actor: Actor): Promise<Station> {
  const db = openTestDb();
  const sync = new SyncDb(`${uniqueName()}-sync`, fakeIdb);
  const signer = await newSigner();
  return { db, sync, signer, actor, close: () => (db.close(), sync.close()) };
}

const label = { zh: '测试数据', en: 'Test data' };

/** The supervisor's batch: two dossiers for 张三, one for 李四. */
export async function seedBatch(s: Station): Promise<void> {
  await write(s.db, supervisor, label, async (scope) => {
    await scope.put('batches', batchRecord);
    await scope.bulkPut('enterprises', enterprises);
    await putDossiers(scope, [dossierRecord('d1', 'e1'), dossierRecord('d2', 'e2'), dossierRecord('d3', 'e1', { reviewerIds: [OTHER_REVIEWER] })]);
  });
}

export async function putSheet(s: Station, sheet: ScoreSheet): Promise<void> {
  await write(s.db, s.actor, { zh: '保存评分', en: 'Save scores' }, (scope) => scope.put('scoreSheets', sheet));
}

export const sheet = (score: number, id = 's1', dossierId = 'd1', reviewerId = REVIEWER): ScoreSheet => ({
  ...sheetRecord(id, dossierId, reviewerId, score),
  updatedAt: `2015-06-0${Math.min(9, Math.max(1, Math.round(score)))}T00:00:00.000Z`,
});

export async function exportFrom(s: Station, options: Partial<ExportOptions> = {}): Promise<Uint8Array> {
  const isReviewer = s.actor.role === 'reviewer';
  const result = await exportBundle(s.db, s.sync, {
    batchId: batchRecord.id,
    kind: isReviewer ? 'reviewer' : 'batch',
    ...(isReviewer ? { reviewerId: s.actor.actor } : {}),
    sender: { name: s.actor.actor, role: s.actor.role, ...(isReviewer ? { reviewerId: s.actor.actor } : {}) },
    signer: s.signer,
    ...options,
  });
  if (!result.ok) throw new Error(result.error.en);
  return result.value.bytes;
}

export async function importInto(s: Station, bytes: Uint8Array): Promise<MergeReport> {
  const result = await importBundle(s.db, s.sync, bytes, { actor: s.actor });
  if (!result.ok) throw new Error(result.error.map((e) => e.en).join('; '));
  return result.value;
}

/** Everything a user could see in the database, for "nothing changed" assertions. */
export async function snapshot(db: XinpingDb): Promise<unknown> {
  const tables = ['batches', 'enterprises', 'dossiers', 'scoreSheets', 'objections', 'audit'] as const;
  const out: Record<string, unknown> = {};
  for (const t of tables) out[t] = await db.table(t).toArray();
  return out;
}
