import { afterEach, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { importBundle } from '../../../renderer/sync/merge';
import { exportFrom, importInto, putSheet, reviewer, seedBatch, sheet, snapshot, station, supervisor, type Station } from './helpers';

const open: Station[] = [];
async function pair(): Promise<{ sup: Station; rev: Station }> {
  const sup = await station(supervisor);
  const rev = await station(reviewer);
  open.push(sup, rev);
  await seedBatch(sup);
  // The supervisor hands 张三 their part of the batch.
  await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
  return { sup, rev };
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('export and import', () => {
  it('gives a reviewer only their assigned dossiers, and brings their sheet back', async () => {
    const { sup, rev } = await pair();
    expect((await rev.db.dossiers.toArray()).map((d) => d.id).sort()).toEqual(['d1', 'd2']);
    expect((await rev.db.dossiers.get('d1'))?.enterpriseName).toBe('北京检测仪器有限公司');
    await putSheet(rev, sheet(8));
    const report = await importInto(sup, await exportFrom(rev));
    expect(report.counts.create).toBe(1);
    expect(report.conflicts).toEqual([]);
    expect(await sup.db.scoreSheets.get('s1')).toEqual(sheet(8));
    expect(report.summary.zh).toContain('新增 1 条');
  });

  it('importing the same bundle twice changes nothing the second time', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(8));
    const bytes = await exportFrom(rev);
    await importInto(sup, bytes);
    const before = await snapshot(sup.db);
    const again = await importInto(sup, bytes);
    expect(again.counts).toMatchObject({ create: 0, 'fast-forward': 0, conflict: 0 });
    expect(await snapshot(sup.db)).toEqual(before);
    expect(again.summary.en).toContain('nothing here changed');
  });

  it('fast-forwards a sheet the reviewer changed again, since the supervisor did not touch it', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(6));
    await importInto(sup, await exportFrom(rev));
    await putSheet(rev, sheet(9));
    const report = await importInto(sup, await exportFrom(rev));
    expect(report.counts['fast-forward']).toBe(1);
    expect((await sup.db.scoreSheets.get('s1'))?.scores[0]?.score).toBe(9);
  });

  it('keeps the supervisor’s newer version when an older copy comes back', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(6));
    const old = await exportFrom(rev);
    await importInto(sup, old);
    await putSheet(sup, { ...sheet(6), status: 'draft' });
    const report = await importInto(sup, old);
    expect(report.counts['keep-mine']).toBe(1);
    expect(report.summary.zh).toContain('保留本机');
    expect((await sup.db.scoreSheets.get('s1'))?.status).toBe('draft');
  });

  it('reports a sheet changed on both sides as a conflict and overwrites nothing', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(6));
    await importInto(sup, await exportFrom(rev));
    await putSheet(sup, { ...sheet(6), status: 'draft' });
    await putSheet(rev, sheet(9));
    const report = await importInto(sup, await exportFrom(rev));
    expect(report.counts.conflict).toBe(1);
    expect(report.conflicts[0]).toMatchObject({ table: 'scoreSheets', recordId: 's1', status: 'open', from: '张三' });
    expect(await sup.db.scoreSheets.get('s1')).toMatchObject({ status: 'draft' });
    expect(report.summary.zh).toContain('需要您决定');
  });

  it('does not let a lost bundle’s version be overwritten by one built on an older version', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(5));
    await importInto(sup, await exportFrom(rev));
    await putSheet(rev, sheet(7));
    await exportFrom(rev); // sent, but never arrives
    await putSheet(sup, { ...sheet(5), status: 'draft' });
    const report = await importInto(rev, await exportFrom(sup, { reviewerId: '张三' }));
    expect(report.counts.conflict).toBe(1);
    expect((await rev.db.scoreSheets.get('s1'))?.scores[0]?.score).toBe(7);
  });

  it('checks signature, hashes and schema before touching the database', async () => {
    const { sup, rev } = await pair();
    await putSheet(rev, sheet(8));
    const entries = unzipSync(await exportFrom(rev));
    entries['records/score-sheets.json'] = strToU8('[{"id":"s1"}]');
    const tampered = zipSync(entries);
    const before = await snapshot(sup.db);
    const result = await importBundle(sup.db, sup.sync, tampered, { actor: supervisor, file: '张三.xpb' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.zh).toContain('records/score-sheets.json');
    expect(result.error[0]?.at?.file).toBe('张三.xpb');
    expect(await snapshot(sup.db)).toEqual(before);
    expect(await sup.sync.imports.count()).toBe(0);
  });

  it('refuses a bundle for another batch when asked for this one', async () => {
    const { sup, rev } = await pair();
    const result = await importBundle(sup.db, sup.sync, await exportFrom(rev), { actor: supervisor, batchId: 'another' });
    expect(result.ok ? '' : result.error[0]?.code).toBe('sync.wrong_batch');
  });
});
