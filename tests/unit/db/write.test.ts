import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import { toDossierRow } from '../../../renderer/db/rows';
import type { XinpingDb } from '../../../renderer/db/schema';
import { onWriteError, write, type WriteFailure } from '../../../renderer/db/write';
import { bulkSummary, matchesBulkSummary, type BulkSummary } from '../../../shared/audit';
import { userError, XinpingError } from '../../../shared/errors';
import { batch, dossier, enterprise, FIXED_NOW, openTestDb, staff } from './helpers';

let db: XinpingDb;
const failures: WriteFailure[] = [];
let unsubscribe: () => void = () => undefined;

function setup(): void {
  db = openTestDb();
  failures.length = 0;
  unsubscribe = onWriteError((failure) => failures.push(failure));
}

afterEach(() => {
  unsubscribe();
  db.close();
});

const importLabel = { zh: '导入申报', en: 'Import applications' };
const e1 = enterprise('e1', '北京检测仪器有限公司', '91110000600001760P');

describe('write', () => {
  it('commits the change and its audit entry together', async () => {
    setup();
    const result = await write(db, staff, importLabel, async (s) => {
      await s.put('enterprises', e1);
      await s.put('dossiers', toDossierRow(dossier('d1', 'b1', 'e1'), e1));
      return 'done';
    }, { now: () => FIXED_NOW });
    expect(result).toBe('done');
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => [e.seq, e.action, e.entity, e.entityId, e.actor, e.role, e.at])).toEqual([
      [1, 'create', 'enterprises', 'e1', '工作人员', 'staff', FIXED_NOW.toISOString()],
      [2, 'create', 'dossiers', 'd1', '工作人员', 'staff', FIXED_NOW.toISOString()],
    ]);
    expect(entries[0]?.before).toBeNull();
    expect(entries[0]?.after).toEqual(e1);
  });

  it('records before and after of an update, with the action given', async () => {
    setup();
    const row = toDossierRow(dossier('d1', 'b1', 'e1'), e1);
    await write(db, staff, importLabel, (s) => s.put('dossiers', row));
    const after = await write(db, staff, { zh: '初审通过', en: 'Pass screening' }, (s) => s.update('dossiers', 'd1', { state: 'screened' }, 'dossier.screen'));
    expect(after.state).toBe('screened');
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ seq: 2, action: 'dossier.screen', entityId: 'd1' });
    expect(last?.before).toMatchObject({ state: 'applied' });
    expect(last?.after).toMatchObject({ state: 'screened' });
  });

  it('does not log a put that changes nothing', async () => {
    setup();
    await write(db, staff, importLabel, (s) => s.bulkPut('enterprises', [e1]));
    await write(db, staff, importLabel, (s) => s.bulkPut('enterprises', [e1]));
    expect(await db.audit.count()).toBe(1);
  });

  it('reports a duplicate key, names the operation, and keeps nothing from the failed transaction', async () => {
    setup();
    const attempt = write(db, staff, importLabel, async (s) => {
      await s.put('batches', batch('b1'));
      await s.add('enterprises', e1);
      await s.add('enterprises', { ...e1, name: '重复' });
    });
    await expect(attempt).rejects.toBeInstanceOf(XinpingError);
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.constraint' } });
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error.zh).toContain('导入申报');
    expect(failures[0]?.error.en).toContain('Import applications');
    expect(failures[0]?.error.en).toContain('same key');
    expect(await db.batches.count()).toBe(0);
    expect(await db.enterprises.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('reports a full disk raised by a table hook, and rolls back', async () => {
    setup();
    await write(db, staff, importLabel, (s) => s.put('enterprises', e1));
    db.dossiers.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempt = write(db, staff, importLabel, async (s) => {
      await s.put('enterprises', { ...e1, region: '天津' });
      await s.put('dossiers', toDossierRow(dossier('d1', 'b1', 'e1'), e1));
    });
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.quota' } });
    expect(failures.map((f) => f.error.code)).toEqual(['db.quota']);
    expect(failures[0]?.error.zh).toContain('存储空间已满');
    // What was saved before is untouched; the half-done import is gone.
    expect((await db.enterprises.get('e1'))?.region).toBe('北京');
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });

  it('reports a quota error thrown by the operation itself, with the original error as cause', async () => {
    setup();
    const quota = new DOMException('quota', 'QuotaExceededError');
    const attempt = write(db, staff, importLabel, async (s) => {
      await s.put('enterprises', e1);
      throw quota;
    });
    // Dexie rewraps DOMExceptions; the name survives.
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.quota' }, cause: { name: 'QuotaExceededError' } });
    expect(failures).toHaveLength(1);
    expect(await db.enterprises.count()).toBe(0);
  });

  it('passes a domain error through with its code, prefixed with the operation', async () => {
    setup();
    const illegal = new XinpingError(userError('workflow.illegal', '不能从“申报”直接进入“公示”', 'cannot move from applied to notice'));
    const attempt = write(db, staff, { zh: '进入公示', en: 'Start notice' }, () => Promise.reject(illegal));
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'workflow.illegal' } });
    expect(failures[0]?.error.zh).toBe('“进入公示”未能完成：不能从“申报”直接进入“公示”');
  });

  it('refuses to update a record that does not exist', async () => {
    setup();
    const attempt = write(db, staff, importLabel, (s) => s.update('dossiers', 'nope', { state: 'screened' }));
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.not_found' } });
    expect(failures).toHaveLength(1);
  });

  it('keeps the chain contiguous under concurrent writes', async () => {
    setup();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => write(db, staff, importLabel, (s) => s.put('enterprises', enterprise(`e${i}`, `企业${i}`, `CODE${i}`)))),
    );
    const seqs = (await db.audit.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 12 });
  });

  it('stops notifying after unsubscribe, and survives a throwing listener', async () => {
    setup();
    unsubscribe();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stopThrowing = onWriteError(() => {
      throw new Error('listener bug');
    });
    const attempt = write(db, staff, importLabel, (s) => s.update('dossiers', 'nope', {}));
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.not_found' } });
    stopThrowing();
    expect(failures).toHaveLength(0);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('does not log saved views or outbox bookkeeping', async () => {
    setup();
    await write(db, staff, { zh: '保存视图', en: 'Save view' }, (s) =>
      s.put('savedViews', { id: 'v1', batchId: 'b1', name: '待初审', state: { filter: { state: 'applied' } }, updatedAt: FIXED_NOW.toISOString() }),
    );
    expect(await db.savedViews.count()).toBe(1);
    expect(await db.audit.count()).toBe(0);
  });
  it('logs records created in bulk with ONE entry: their ids and a hash of their content', async () => {
    setup();
    const e2 = enterprise('e2', '上海检测仪器有限公司', '91310000600001760P');
    const rows = [toDossierRow(dossier('d1', 'b1', 'e1'), e1), toDossierRow(dossier('d2', 'b1', 'e2'), e2)];
    await write(db, staff, importLabel, async (s) => {
      await s.createMany('enterprises', [e1, e2]);
      await s.createMany('dossiers', rows);
      s.recordBulk({ action: 'batch.import', entity: 'batches', entityId: 'b1', about: { file: 'a.xlsx' } });
    });
    const entries = await db.audit.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'batch.import', entityId: 'b1', before: null, after: { file: 'a.xlsx', count: 4, ids: { enterprises: ['e1', 'e2'], dossiers: ['d1', 'd2'] } } });
    expect(matchesBulkSummary(entries[0]?.after as BulkSummary, { enterprises: [e1, e2], dossiers: rows })).toBe(true);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 1 });
  });

  it('logs bulk creations written table by table in canonical order, in chunks', async () => {
    setup();
    const e2 = enterprise('e2', '上海检测仪器有限公司', '91310000600001760P');
    const rows = [toDossierRow(dossier('d1', 'b1', 'e1'), e1), toDossierRow(dossier('d2', 'b1', 'e2'), e2)];
    await write(db, staff, importLabel, async (s) => {
      await s.createMany('dossiers', rows.slice(0, 1));
      await s.createMany('dossiers', rows.slice(1));
      await s.createMany('enterprises', [e1, e2]);
      s.recordBulk({ action: 'batch.import', entity: 'batches', entityId: 'b1' });
    });
    const entries = await db.audit.toArray();
    expect(entries[0]?.after).toEqual(bulkSummary({ enterprises: [e1, e2], dossiers: rows }));
    expect(matchesBulkSummary(entries[0]?.after as BulkSummary, { dossiers: await db.dossiers.toArray(), enterprises: await db.enterprises.toArray() })).toBe(true);
  });

  it('fails the whole write when a bulk creation fails, even if the caller catches the error', async () => {
    setup();
    await write(db, staff, importLabel, (s) => s.put('enterprises', e1));
    const e2 = enterprise('e2', '上海检测仪器有限公司', '91310000600001760P');
    const caught = write(db, staff, importLabel, async (s) => {
      await s.createMany('enterprises', [e2, { ...e1, name: '改名' }]).catch(() => undefined);
      s.recordBulk({ action: 'batch.import', entity: 'batches', entityId: 'b1' });
    });
    await expect(caught).rejects.toMatchObject({ detail: { code: 'db.constraint' } });
    expect(await db.enterprises.get('e2')).toBeUndefined();
    expect(await db.enterprises.get('e1')).toMatchObject({ name: e1.name });
    expect(await db.audit.count()).toBe(1);
  });

  it('undoes a bulk creation nobody logged, and never overwrites a record that exists', async () => {
    setup();
    await expect(write(db, staff, importLabel, (s) => s.createMany('enterprises', [e1]))).rejects.toMatchObject({ detail: { code: 'db.bulk_unlogged' } });
    expect(await db.enterprises.count()).toBe(0);
    await write(db, staff, importLabel, (s) => s.put('enterprises', e1));
    const again = write(db, staff, importLabel, async (s) => {
      await s.createMany('enterprises', [{ ...e1, name: '改名' }]);
      s.recordBulk({ action: 'batch.import', entity: 'batches', entityId: 'b1' });
    });
    await expect(again).rejects.toMatchObject({ detail: { code: 'db.constraint' } });
    expect(await db.enterprises.get('e1')).toMatchObject({ name: e1.name });
    expect(await db.audit.count()).toBe(1);
  });
});
