import { afterEach, describe, expect, it } from 'vitest';
import { keptSheetId, listConflicts, resolveConflict } from '../../../renderer/sync/conflicts';
import { auditTrail } from '../../../renderer/db/audit';
import { write } from '../../../renderer/db/write';
import type { SyncConflict } from '../../../renderer/sync/sync-db';
import { exportFrom, importInto, putSheet, reviewer, seedBatch, sheet, station, supervisor, type Station } from './helpers';

const open: Station[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** A supervisor with an open conflict on sheet s1: theirs scored 9, mine was reopened as draft. */
async function withConflict(): Promise<{ sup: Station; rev: Station; conflict: SyncConflict }> {
  const sup = await station(supervisor);
  const rev = await station(reviewer);
  open.push(sup, rev);
  await seedBatch(sup);
  await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
  await putSheet(rev, sheet(6));
  await importInto(sup, await exportFrom(rev));
  await putSheet(sup, { ...sheet(6), status: 'draft' });
  await putSheet(rev, sheet(9));
  const report = await importInto(sup, await exportFrom(rev));
  const conflict = report.conflicts[0];
  if (!conflict) throw new Error('expected a conflict');
  return { sup, rev, conflict };
}

describe('conflict resolution', () => {
  it('lists open conflicts per batch', async () => {
    const { sup, conflict } = await withConflict();
    expect((await listConflicts(sup.sync, { batchId: conflict.batchId })).map((c) => c.id)).toEqual([conflict.id]);
  });

  it('take theirs: their sheet replaces mine, audited, and the same bundle later is a no-op', async () => {
    const { sup, rev, conflict } = await withConflict();
    const resolved = await resolveConflict(sup.db, sup.sync, conflict.id, 'theirs', supervisor);
    expect(resolved.ok && resolved.value.status).toBe('resolved');
    expect((await sup.db.scoreSheets.get('s1'))?.scores[0]?.score).toBe(9);
    expect((await auditTrail(sup.db, 'scoreSheets', 's1')).at(-1)?.action).toBe('sync.resolve.theirs');
    const again = await importInto(sup, await exportFrom(rev));
    expect(again.counts.conflict).toBe(0);
    expect(await listConflicts(sup.sync)).toEqual([]);
  });

  it('keep mine: nothing changes, the decision is audited, and theirs does not come back as a conflict', async () => {
    const { sup, rev, conflict } = await withConflict();
    await resolveConflict(sup.db, sup.sync, conflict.id, 'mine', supervisor);
    expect((await sup.db.scoreSheets.get('s1'))?.status).toBe('draft');
    expect((await auditTrail(sup.db, 'scoreSheets', 's1')).at(-1)?.action).toBe('sync.resolve.mine');
    const again = await importInto(sup, await exportFrom(rev));
    expect(again.counts).toMatchObject({ conflict: 0, 'keep-mine': 1 });
  });

  it('keep mine, then the reviewer takes the supervisor’s version as a fast-forward', async () => {
    const { sup, rev, conflict } = await withConflict();
    await resolveConflict(sup.db, sup.sync, conflict.id, 'mine', supervisor);
    const back = await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
    expect(back.counts.conflict).toBe(0);
    expect((await rev.db.scoreSheets.get('s1'))?.status).toBe('draft');
  });

  it('keep both for a score sheet: both sheets stay, resolving is idempotent', async () => {
    const { sup, conflict } = await withConflict();
    await resolveConflict(sup.db, sup.sync, conflict.id, 'both', supervisor);
    const sheets = await sup.db.scoreSheets.where('dossierId').equals('d1').toArray();
    expect(sheets.map((s) => s.id).sort()).toEqual(['s1', keptSheetId(conflict)].sort());
    const twice = await resolveConflict(sup.db, sup.sync, conflict.id, 'both', supervisor);
    expect(twice.ok ? '' : twice.error.code).toBe('sync.conflict_resolved');
  });

  it('keep both for other records: mine stays, theirs is kept as a conflict copy', async () => {
    const sup = await station(supervisor);
    const other = await station({ actor: '赵主管', role: 'supervisor' });
    open.push(sup, other);
    await seedBatch(sup);
    await importInto(other, await exportFrom(sup));
    const rename = (s: Station, name: string): Promise<void> =>
      write(s.db, s.actor, { zh: '编辑企业', en: 'Edit enterprise' }, async (scope) => {
        const e = await scope.get('enterprises', 'e1');
        if (e) await scope.put('enterprises', { ...e, contactName: name });
      });
    await rename(sup, '甲');
    await rename(other, '乙');
    const report = await importInto(sup, await exportFrom(other));
    const conflict = report.conflicts.find((c) => c.table === 'enterprises');
    expect(conflict).toBeDefined();
    if (!conflict) return;
    await resolveConflict(sup.db, sup.sync, conflict.id, 'both', supervisor);
    expect((await sup.db.enterprises.get('e1'))?.contactName).toBe('甲');
    const copies = await sup.sync.conflictCopies.where('[table+recordId]').equals(['enterprises', 'e1']).toArray();
    expect(copies.map((c) => (c.record as { contactName?: string }).contactName)).toEqual(['乙']);
  });

  it('refuses to resolve against a version that changed since, and shows the new one', async () => {
    const { sup, conflict } = await withConflict();
    await putSheet(sup, { ...sheet(6), status: 'draft', scores: [{ indicatorId: 'i1', score: 3 }] });
    const result = await resolveConflict(sup.db, sup.sync, conflict.id, 'theirs', supervisor);
    expect(result.ok ? '' : result.error.code).toBe('sync.conflict_changed');
    expect((await sup.db.scoreSheets.get('s1'))?.scores[0]?.score).toBe(3);
    const retry = await resolveConflict(sup.db, sup.sync, conflict.id, 'theirs', supervisor);
    expect(retry.ok).toBe(true);
  });
});
