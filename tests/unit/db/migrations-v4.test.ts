import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import type { XinpingDb } from '../../../renderer/db/schema';
import { auditEntries, reviewerQueue } from '../../../renderer/lifecycle';
import { chainEntries, GENESIS_HEAD } from '../../../shared/audit';
import { batch, dossier, enterprise, openAtVersion, openTestDb, uniqueName } from './helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function reopenLatest(name: string): Promise<XinpingDb> {
  const db = openTestDb(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('version 3 → 4', () => {
  it('indexes existing dossiers by reviewer and existing audit entries by actor, action and time', async () => {
    const name = uniqueName();
    const v3 = await openAtVersion(name, 3);
    await v3.table('batches').put(batch('b1'));
    await v3.table('enterprises').bulkPut([enterprise('e1', '甲公司', '91110000600001760P'), enterprise('e2', '乙公司', '91310000132210877W')]);
    const row = (id: string, e: string, reviewers: string[]): object => ({
      ...dossier(id, 'b1', e, 'scoring', { reviewerIds: reviewers }), enterpriseName: e === 'e1' ? '甲公司' : '乙公司', creditCode: '', region: '北京', industry: '制造业',
    });
    await v3.table('dossiers').bulkPut([row('d1', 'e1', ['评审员甲', '评审员乙']), row('d2', 'e2', ['评审员乙']), row('d3', 'e2', [])]);
    const entries = chainEntries(GENESIS_HEAD, [
      { at: '2015-07-01T00:00:00.000Z', actor: '主管', role: 'supervisor', action: 'dossier.assign', entity: 'dossiers', entityId: 'd1', before: null, after: { reviewerIds: ['评审员甲'] } },
      { at: '2015-07-02T00:00:00.000Z', actor: '工作人员', role: 'staff', action: 'create', entity: 'enterprises', entityId: 'e2', before: null, after: { id: 'e2' } },
    ]);
    await v3.table('audit').bulkAdd(entries);
    v3.close();

    const db = await reopenLatest(name);
    expect(db.verno).toBe(4);
    expect((await db.dossiers.where('reviewerIds').equals('评审员乙').primaryKeys()).sort()).toEqual(['d1', 'd2']);
    expect((await reviewerQueue(db, '评审员甲')).map((q) => [q.dossier.id, q.sheetStatus])).toEqual([['d1', 'none']]);
    expect(await db.audit.where('actor').equals('主管').count()).toBe(1);
    expect((await auditEntries(db, { action: 'dossier' })).map((e) => e.seq)).toEqual([1]);
    expect((await auditEntries(db, { from: '2015-07-02T00:00:00Z' })).map((e) => e.entityId)).toEqual(['e2']);
    // nothing was rewritten: the old chain still verifies, the records are as they were
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
    expect(await db.dossiers.get('d1')).toMatchObject({ state: 'scoring', enterpriseName: '甲公司' });
  });

  it('adds the lifecycle tables, empty and writable, with unique serials and release revisions', async () => {
    const name = uniqueName();
    (await openAtVersion(name, 3)).close();
    const db = await reopenLatest(name);
    for (const table of ['screenings', 'assessments', 'noticeReleases', 'noticeCorrections', 'certificates', 'certificateCounters', 'profiles']) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    expect(db.certificates.schema.indexes.find((i) => i.name === '[year+associationNumber+serial]')?.unique).toBe(true);
    expect(db.noticeReleases.schema.indexes.find((i) => i.name === '[batchId+revision]')?.unique).toBe(true);
    expect(db.dossiers.schema.indexes.find((i) => i.name === 'reviewerIds')?.multi).toBe(true);
    await db.certificateCounters.put({ id: '2015-001', year: 2015, associationNumber: '001', source: 'local', lastSerial: 3, ranges: [], updatedAt: '2015-07-23T00:00:00.000Z' });
    expect((await db.certificateCounters.get('2015-001'))?.lastSerial).toBe(3);
  });
});
