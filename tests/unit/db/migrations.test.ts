import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import type { XinpingDb } from '../../../renderer/db/schema';
import { normaliseCodeV3 } from '../../../renderer/db/versions';
import { chainEntries, GENESIS_HEAD } from '../../../shared/audit';
import { normaliseCreditCode } from '../../../shared/credit-code';
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

describe('version 1 → latest', () => {
  it('fills the denormalised enterprise fields on every dossier, so the batch indexes find them', async () => {
    const name = uniqueName();
    const v1 = await openAtVersion(name, 1);
    await v1.table('batches').put(batch('b1'));
    await v1.table('enterprises').bulkPut([
      enterprise('e1', '北京检测仪器有限公司', '91110000600001760P', '北京', '仪器'),
      enterprise('e2', '上海质量科技股份公司', '91310000132210877W', '上海', '服务'),
    ]);
    await v1.table('dossiers').bulkPut([dossier('d1', 'b1', 'e1'), dossier('d2', 'b1', 'e2', 'scoring'), dossier('d3', 'b1', 'gone')]);
    v1.close();

    const db = await reopenLatest(name);
    expect(await db.dossiers.get('d1')).toMatchObject({ enterpriseName: '北京检测仪器有限公司', creditCode: '91110000600001760P', region: '北京', industry: '仪器' });
    expect(await db.dossiers.get('d2')).toMatchObject({ enterpriseName: '上海质量科技股份公司', region: '上海', state: 'scoring' });
    // An orphan keeps empty fields rather than dropping out of the compound indexes.
    expect(await db.dossiers.get('d3')).toMatchObject({ enterpriseName: '', creditCode: '', region: '' });
    const byName = await db.dossiers.where('[batchId+enterpriseName]').between(['b1', Dexie.minKey], ['b1', Dexie.maxKey]).primaryKeys();
    // Index order is UTF-16 code unit order: 上 (U+4E0A) before 北 (U+5317).
    expect(byName).toEqual(['d3', 'd2', 'd1']);
    expect(await db.dossiers.where('[batchId+region]').equals(['b1', '上海']).primaryKeys()).toEqual(['d2']);
  });

  it('runs every step in order from version 1, appending to the existing audit chain', async () => {
    const name = uniqueName();
    const v1 = await openAtVersion(name, 1);
    await v1.table('enterprises').put(enterprise('e1', '甲公司', '91110000600001760p'));
    await v1.table('dossiers').put(dossier('d1', 'b1', 'e1'));
    const first = chainEntries(GENESIS_HEAD, [
      { at: '2015-06-01T00:00:00.000Z', actor: '工作人员', role: 'staff', action: 'create', entity: 'enterprises', entityId: 'e1', before: null, after: { id: 'e1' } },
    ]);
    await v1.table('audit').bulkAdd(first);
    v1.close();

    const db = await reopenLatest(name);
    // v2 copied the typed code onto the dossier, v3 then normalised both.
    expect((await db.dossiers.get('d1'))?.creditCode).toBe('91110000600001760P');
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => e.action)).toEqual(['create', 'migrate.v3.credit-code']);
    expect(entries[1]?.prevHash).toBe(first[0]?.hash);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
  });
});

describe('version 2 → 3', () => {
  it('normalises credit codes on enterprises and dossier rows, and records each change in the audit log', async () => {
    const name = uniqueName();
    const v2 = await openAtVersion(name, 2);
    await v2.table('enterprises').bulkPut([
      enterprise('e1', '甲公司', ' 91110000600001760p '),
      enterprise('e2', '乙公司', '９１３１００００１３２２１０８７７Ｗ'),
      enterprise('e3', '丙公司', '91320000134567890X'),
    ]);
    await v2.table('dossiers').bulkPut([
      { ...dossier('d1', 'b1', 'e1'), enterpriseName: '甲公司', creditCode: ' 91110000600001760p ', region: '北京', industry: '制造业' },
      { ...dossier('d2', 'b1', 'e2'), enterpriseName: '乙公司', creditCode: '９１３１００００１３２２１０８７７Ｗ', region: '北京', industry: '制造业' },
    ]);
    v2.close();

    const db = await reopenLatest(name);
    expect((await db.enterprises.get('e1'))?.creditCode).toBe('91110000600001760P');
    expect((await db.enterprises.get('e2'))?.creditCode).toBe('91310000132210877W');
    expect((await db.dossiers.get('d1'))?.creditCode).toBe('91110000600001760P');
    expect((await db.dossiers.get('d2'))?.creditCode).toBe('91310000132210877W');
    expect(await db.dossiers.where('[batchId+creditCode]').equals(['b1', '91310000132210877W']).primaryKeys()).toEqual(['d2']);

    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => [e.actor, e.action, e.entityId])).toEqual([
      ['system', 'migrate.v3.credit-code', 'e1'],
      ['system', 'migrate.v3.credit-code', 'e2'],
    ]);
    expect(entries[0]?.before).toEqual({ creditCode: ' 91110000600001760p ' });
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 2 });
    // The new tables exist and accept rows.
    await db.savedViews.put({ id: 'v1', batchId: 'b1', name: '待初审', state: { filter: 'applied' }, updatedAt: '2015-07-01T00:00:00.000Z' });
    expect(await db.savedViews.where('batchId').equals('b1').count()).toBe(1);
  });

  it('never turns a wrong character into a right one, and matches the domain normaliser', () => {
    for (const input of ['9111000060000176OP', 'ﬀ110000600001760P', ' 91-1100 00600001760p ', '９１１１']) {
      expect(normaliseCodeV3(input)).toBe(normaliseCreditCode(input));
    }
    expect(normaliseCodeV3('9111000060000176OP')).toContain('O');
  });
});
