import { afterEach, describe, expect, it } from 'vitest';
import { ensureSampleData } from '../../../renderer/db/seed';
import { putDossiers } from '../../../renderer/db/records';
import { write } from '../../../renderer/db/write';
import { sampleCaqi2015 } from '../../../shared/resources';
import { exportFrom, importInto, putSheet, reviewer, seedBatch, sheet, station, supervisor, type Station } from './helpers';

const open: Station[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
const label = { zh: '测试修改', en: 'Test edit' };
const SAMPLE = sampleCaqi2015.batches[0]?.id ?? '';

describe('lineage', () => {
  it('a sample record changed on one workstation fast-forwards on another: the bundled version is their common base', async () => {
    const [sup, rev] = [await station(supervisor), await station(reviewer)];
    open.push(sup, rev);
    await ensureSampleData(sup.db);
    await ensureSampleData(rev.db);
    const first = sampleCaqi2015.dossiers[0];
    if (!first) throw new Error('no sample dossier');
    await write(sup.db, supervisor, label, async (scope) => putDossiers(scope, [{ ...first, state: 'scoring', updatedAt: '2026-01-01T00:00:00.000Z' }]));
    const report = await importInto(rev, await exportFrom(sup, { batchId: SAMPLE }));
    expect(report.counts).toMatchObject({ 'fast-forward': 1, conflict: 0 });
    expect((await rev.db.dossiers.get(first.id))?.state).toBe('scoring');
  });

  it('a version sent before still names what it was built on, so a station one version behind fast-forwards', async () => {
    const [sup, rev, late] = [await station(supervisor), await station(reviewer), await station({ actor: '赵工作', role: 'staff' })];
    open.push(sup, rev, late);
    await seedBatch(sup);
    await putSheet(sup, sheet(6));
    await importInto(late, await exportFrom(sup));
    await putSheet(sup, sheet(8));
    // Sent to someone else first: the sheet's base here becomes version 8 itself.
    await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
    const report = await importInto(late, await exportFrom(sup));
    expect(report.counts).toMatchObject({ 'fast-forward': 1, conflict: 0 });
    expect((await late.db.scoreSheets.get('s1'))?.scores[0]?.score).toBe(8);
  });
});
