import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import { countByState, listBatches } from '../../../renderer/db/queries';
import type { XinpingDb } from '../../../renderer/db/schema';
import { ensureSampleData, SAMPLE_SEED_KEY } from '../../../renderer/db/seed';
import { write } from '../../../renderer/db/write';
import { bundledChecklists, bundledGradeScales, sampleCaqi2015 } from '../../../shared/resources';
import { openTestDb, staff } from './helpers';

let db: XinpingDb;
afterEach(() => db.close());

async function tableCounts(): Promise<Record<string, number>> {
  const names = ['checklists', 'gradeScales', 'enterprises', 'batches', 'dossiers', 'settings', 'audit'] as const;
  const counts = await Promise.all(names.map((name) => db.table(name).count()));
  return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? 0]));
}

describe('ensureSampleData', () => {
  it('loads the bundled checklists, grade scales and sample batch once, audited as system', async () => {
    db = openTestDb();
    await ensureSampleData(db);
    const first = await tableCounts();
    expect(first).toMatchObject({
      checklists: bundledChecklists.size,
      gradeScales: bundledGradeScales.size,
      enterprises: sampleCaqi2015.enterprises.length,
      batches: sampleCaqi2015.batches.length,
      dossiers: sampleCaqi2015.dossiers.length,
      settings: 1,
    });
    const entries = await db.audit.toArray();
    expect(entries.length).toBe(first.checklists! + first.gradeScales! + first.enterprises! + first.batches! + first.dossiers! + 1);
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set(['system']));

    await ensureSampleData(db);
    expect(await tableCounts()).toEqual(first);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: first.audit });
  });

  it('gives the sample dossiers their enterprise fields, so the batch views work at once', async () => {
    db = openTestDb();
    await ensureSampleData(db);
    const [sample] = sampleCaqi2015.batches;
    expect((await listBatches(db)).map((b) => b.id)).toEqual([sample!.id]);
    const counts = await countByState(db, sample!.id);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(sampleCaqi2015.dossiers.length);
    const row = await db.dossiers.get(sampleCaqi2015.dossiers[0]!.id);
    const enterprise = sampleCaqi2015.enterprises.find((e) => e.id === row?.enterpriseId);
    expect(row).toMatchObject({ enterpriseName: enterprise?.name, creditCode: enterprise?.creditCode, region: enterprise?.region });
  });

  it('does not bring back a sample batch the user deleted', async () => {
    db = openTestDb();
    await ensureSampleData(db);
    const sampleId = sampleCaqi2015.batches[0]!.id;
    await write(db, staff, { zh: '删除批次', en: 'Delete batch' }, (s) => s.remove('batches', sampleId));
    await ensureSampleData(db);
    expect(await db.batches.get(sampleId)).toBeUndefined();
    expect(await db.settings.get(SAMPLE_SEED_KEY)).toBeDefined();
  });

  it('adds nothing twice when two windows start together', async () => {
    db = openTestDb();
    await Promise.all([ensureSampleData(db), ensureSampleData(db)]);
    expect(await db.dossiers.count()).toBe(sampleCaqi2015.dossiers.length);
    const created = await db.audit.where('[entity+entityId]').equals(['dossiers', sampleCaqi2015.dossiers[0]!.id]).count();
    expect(created).toBe(1);
  });

  it('adds a checklist a later release bundles, without touching the sample mark', async () => {
    db = openTestDb();
    await ensureSampleData(db);
    const [checklist] = bundledChecklists.values();
    await db.checklists.delete(checklist!.id);
    await ensureSampleData(db);
    expect(await db.checklists.get(checklist!.id)).toEqual(checklist);
    expect(await db.batches.count()).toBe(sampleCaqi2015.batches.length);
  });
});
