import { describe, expect, it } from 'vitest';
import { commitImport, IMPORT_ACTION } from '../../../renderer/features/import/commit';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import { matchesBulkSummary, type BulkSummary } from '../../../shared/audit';
import { readXlsx } from '../../../renderer/features/import/read-xlsx';
import { write } from '../../../renderer/db/write';
import type { XinpingDb } from '../../../renderer/db/schema';
import { decideRows, type Acceptance } from '../../../shared/import/decide';
import { inspectSheet, planImport } from '../../../shared/import/plan';
import { OPERATIONS } from '../../../shared/operations';
import { batch, enterprise, FIXED_NOW, openTestDb, staff } from '../db/helpers';
import { badChecksum, buildXlsx, goodRows, HEADERS, mixedRows, validCode, type Cell } from '../../fixtures/import/workbooks';

async function withBatch(): Promise<XinpingDb> {
  const db = openTestDb();
  await write(db, staff, OPERATIONS.createBatch, (scope) => scope.put('batches', { ...batch('b1'), evaluationTypes: ['enterprise', 'quality'] }));
  return db;
}

async function importRows(db: XinpingDb, rows: Cell[][], options: { acceptances?: Acceptance[]; isCancelled?: () => boolean; actor?: typeof staff } = {}): Promise<Awaited<ReturnType<typeof commitImport>>> {
  const sheet = await readXlsx('名单.xlsx', await buildXlsx({ rows }));
  const shape = inspectSheet(sheet);
  if (!shape.ok) throw new Error(shape.error.zh);
  const codes = new Set((await db.dossiers.where('batchId').equals('b1').toArray()).map((d) => d.creditCode));
  const plan = planImport(sheet, shape.value, shape.value.mapping, { existingCodes: codes });
  const decision = decideRows(plan, options.acceptances ?? [], '工作人员', FIXED_NOW.toISOString());
  return commitImport(db, options.actor ?? staff, { fileName: '名单.xlsx', batchId: 'b1', evaluationType: 'quality', rows: decision.rows }, {
    now: () => FIXED_NOW, chunkSize: 2, ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
  });
}

const counts = async (db: XinpingDb): Promise<number[]> => Promise.all([db.enterprises.count(), db.dossiers.count(), db.audit.count()]);

describe('commitImport', () => {
  it('writes the good rows as applied dossiers of the chosen evaluation type, logged by one audit entry', async () => {
    const db = await withBatch();
    const before = await db.audit.count();
    const result = await importRows(db, mixedRows());
    expect(result).toMatchObject({ imported: 3, enterprisesCreated: 3, enterprisesUpdated: 0 });
    const rows = await db.dossiers.where('batchId').equals('b1').sortBy('enterpriseName');
    expect(rows.map((r) => [r.enterpriseName, r.state, r.evaluationType, r.region])).toEqual([
      ['上海优质材料有限公司', 'applied', 'quality', '上海'],
      ['北京良品科技有限公司', 'applied', 'quality', '北京'],
      ['广州诚信检测有限公司', 'applied', 'quality', '广东'],
    ]);
    const stored = await db.enterprises.where('creditCode').equals(validCode(102)).first();
    expect(stored).toMatchObject({ name: '上海优质材料有限公司', industry: '化工', contactName: '李强', contactPhone: '13912345678' });
    const audit = await db.audit.where('seq').above(before).toArray();
    expect(audit).toHaveLength(1);
    const [entry] = audit;
    expect(entry).toMatchObject({ action: IMPORT_ACTION, entity: 'batches', entityId: 'b1', actor: '工作人员', at: FIXED_NOW.toISOString() });
    const summary = entry?.after as BulkSummary & { file: string };
    expect(summary).toMatchObject({ count: 6, file: '名单.xlsx' });
    // The entry proves which records the import created: their ids and exact content.
    const enterprises = await db.enterprises.bulkGet([...(summary.ids.enterprises ?? [])]);
    const dossiers = await db.dossiers.bulkGet([...(summary.ids.dossiers ?? [])]);
    expect(dossiers.map((d) => d?.enterpriseName).sort()).toEqual(rows.map((r) => r.enterpriseName).sort());
    expect(matchesBulkSummary(summary, { enterprises: enterprises.flatMap((e) => (e ? [e] : [])), dossiers: dossiers.flatMap((d) => (d ? [d] : [])) })).toBe(true);
    await write(db, staff, OPERATIONS.editEnterprise, (scope) => scope.update('dossiers', rows[0]?.id ?? '', { industry: '改过' }));
    const edited = await db.dossiers.bulkGet([...(summary.ids.dossiers ?? [])]);
    expect(matchesBulkSummary(summary, { enterprises: enterprises.flatMap((e) => (e ? [e] : [])), dossiers: edited.flatMap((d) => (d ? [d] : [])) })).toBe(false);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });

  it('never doubles a code: importing the same file again adds nothing', async () => {
    const db = await withBatch();
    await importRows(db, [HEADERS, ...goodRows(5)]);
    const again = await importRows(db, [HEADERS, ...goodRows(5)]);
    expect(again.imported).toBe(0);
    expect(await db.dossiers.count()).toBe(5);
    expect(await db.enterprises.count()).toBe(5);
  });

  it('keeps an enterprise on file from another batch and updates its details', async () => {
    const db = await withBatch();
    await write(db, staff, OPERATIONS.editEnterprise, (scope) => scope.put('enterprises', { ...enterprise('e-old', '旧名称有限公司', validCode(1), '北京', '制造业'), contactName: '老联系人' }));
    const result = await importRows(db, [HEADERS, ['新名称有限公司', validCode(1), '', '', '', '13800138000']]);
    expect(result).toMatchObject({ imported: 1, enterprisesCreated: 0, enterprisesUpdated: 1 });
    expect(await db.enterprises.get('e-old')).toMatchObject({ name: '新名称有限公司', region: '北京', contactName: '老联系人', contactPhone: '13800138000' });
    expect((await db.dossiers.toArray())[0]).toMatchObject({ enterpriseId: 'e-old', enterpriseName: '新名称有限公司' });
  });

  it('records an accepted checksum warning as the enterprise’s creditCodeOverride', async () => {
    const db = await withBatch();
    const code = badChecksum(validCode(7));
    await importRows(db, [HEADERS, ['存疑代码有限公司', code], ['另一家有限公司', badChecksum(validCode(8))]], { acceptances: [{ row: 2, reason: '营业执照原件核对无误' }] });
    const stored = await db.enterprises.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ creditCode: code, creditCodeOverride: { reason: '营业执照原件核对无误', by: '工作人员', at: FIXED_NOW.toISOString() } });
  });

  it('leaves nothing behind when cancelled midway: no enterprise, dossier or audit entry', async () => {
    const db = await withBatch();
    const before = await counts(db);
    let steps = 0;
    // chunkSize 2: the third check comes after two chunks were written inside the transaction.
    await expect(importRows(db, [HEADERS, ...goodRows(10)], { isCancelled: () => ++steps > 3 })).rejects.toMatchObject({ detail: { code: 'import.cancelled' } });
    expect(steps).toBeGreaterThan(3);
    expect(await counts(db)).toEqual(before);
  });

  it('is refused for a reviewer, writing nothing', async () => {
    const db = await withBatch();
    const before = await counts(db);
    await expect(importRows(db, [HEADERS, ...goodRows(2)], { actor: { actor: '评审员甲', role: 'reviewer' } })).rejects.toMatchObject({ detail: { code: 'role.refused' } });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a batch whose notice is out, writing nothing', async () => {
    const db = openTestDb();
    await write(db, staff, OPERATIONS.createBatch, (scope) => scope.put('batches', { ...batch('b1'), status: 'notice' }));
    const before = await counts(db);
    await expect(importRows(db, [HEADERS, ...goodRows(1)])).rejects.toMatchObject({ detail: { code: 'import.batch_closed' } });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses an evaluation type the batch does not have', async () => {
    const db = openTestDb();
    await write(db, staff, OPERATIONS.createBatch, (scope) => scope.put('batches', batch('b1')));
    await expect(importRows(db, [HEADERS, ...goodRows(1)])).rejects.toMatchObject({ detail: { code: 'import.evaluation_type' } });
  });
});
