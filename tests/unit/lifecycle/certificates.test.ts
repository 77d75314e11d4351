// Certificate numbers: no gap and no duplicate per (year, association), under many finalisations
// at once, across a failed finalisation, after numbers issued before the app, and from hub ranges.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write } from '../../../renderer/db/write';
import * as life from '../../../renderer/lifecycle';
import { OPERATIONS } from '../../../shared/operations';
import { nineGradeScale } from '../../../shared/resources';
import { openTestDb } from '../db/helpers';
import { importBatch, refusal, supervisor, type Applicant } from './fixtures';

let db: XinpingDb;
afterEach(() => db.close());

/** A batch whose notice ran 2015-07-13…22 with `count` listed dossiers, as a sample batch is seeded. */
async function noticeBatch(batchId: string, count: number, extra: Parameters<typeof importBatch>[3] = {}): Promise<void> {
  const applicants: Applicant[] = Array.from({ length: count }, (_, i) => ({
    key: `d${i}`, name: `${batchId} 企业${String(i).padStart(2, '0')}`, code: '91370100726815305K', state: 'notice', extra: { grade: i % 3 === 0 ? 'AA' : 'AAA' },
  }));
  await importBatch(db, batchId, applicants, { status: 'notice', noticeStart: '2015-07-13', ...extra });
}

async function allSerials(): Promise<number[]> {
  return (await db.certificates.toArray()).map((c) => c.serial).sort((a, b) => a - b);
}

describe('certificate serials', () => {
  it('stay 1…n without gaps or duplicates when many batches are finalised at once', async () => {
    db = openTestDb();
    const batches = Array.from({ length: 12 }, (_, i) => `b${String(i).padStart(2, '0')}`);
    for (const id of batches) await noticeBatch(id, 4);
    const results = await Promise.all(batches.map((id) => life.finaliseBatch(db, supervisor, id, { finalOn: '2015-07-23' })));
    expect(results.flatMap((r) => r.certificates)).toHaveLength(48);
    expect(await allSerials()).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    const numbers = (await db.certificates.toArray()).map((c) => c.number);
    expect(new Set(numbers).size).toBe(48);
    expect(numbers.every((n) => /^2015001(111|011)\d{5}$/.test(n))).toBe(true);
    // each batch got one contiguous block, in its announcement's print order
    for (const r of results) {
      const serials = r.certificates.map((c) => c.serial);
      expect(serials).toEqual(Array.from({ length: 4 }, (_, i) => (serials[0] ?? 0) + i));
      expect(r.certificates.map((c) => c.grade)).toEqual(['AAA', 'AAA', 'AA', 'AA']);
    }
    expect(await db.certificateCounters.get('2015-001')).toMatchObject({ source: 'local', lastSerial: 48 });
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });

  it('finalises a batch once when two finalisations of it race', async () => {
    db = openTestDb();
    await noticeBatch('b1', 3);
    const settled = await Promise.allSettled([1, 2, 3].map(() => life.finaliseBatch(db, supervisor, 'b1', { finalOn: '2015-07-23' })));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(await allSerials()).toEqual([1, 2, 3]);
  });

  it('gives serials back when a finalisation fails, so the next one leaves no gap', async () => {
    db = openTestDb();
    const noCodes = { ...nineGradeScale, id: 'no-codes', grades: nineGradeScale.grades.map(({ certificateCode: _c, ...g }) => g) };
    await write(db, supervisor, OPERATIONS.editBatch, (s) => s.put('gradeScales', noCodes));
    await noticeBatch('broken', 2, { gradeScaleId: 'no-codes' });
    await noticeBatch('fine', 2);
    const failure = await refusal(life.finaliseBatch(db, supervisor, 'broken', { finalOn: '2015-07-23' }));
    expect(failure.code).toBe('certificate.no_grade_code');
    expect(await db.certificateCounters.count()).toBe(0);
    expect((await db.dossiers.where('batchId').equals('broken').toArray()).map((d) => d.state)).toEqual(['notice', 'notice']);
    await life.finaliseBatch(db, supervisor, 'fine', { finalOn: '2015-07-23' });
    expect(await allSerials()).toEqual([1, 2]);
  });

  it('continues after serials issued before the app, and never goes back', async () => {
    db = openTestDb();
    await life.setCertificateCounter(db, supervisor, { year: 2015, associationNumber: '001', lastSerial: 120 });
    await noticeBatch('b1', 2);
    const { certificates } = await life.finaliseBatch(db, supervisor, 'b1', { finalOn: '2015-07-23' });
    expect(certificates.map((c) => c.number)).toEqual(['201500111100121', '201500101100122']);
    const back = await refusal(life.setCertificateCounter(db, supervisor, { year: 2015, associationNumber: '001', lastSerial: 100 }));
    expect(back.zh).toContain('不能退回到 100');
  });

  it('spends hub-granted ranges in order and refuses to finalise beyond them', async () => {
    db = openTestDb();
    await life.addHubSerialRange(db, supervisor, { year: 2015, associationNumber: '002', from: 101, to: 102 });
    await noticeBatch('b1', 3, { associationNumber: '002' });
    const short = await refusal(life.finaliseBatch(db, supervisor, 'b1', { finalOn: '2015-07-23' }));
    expect(short).toMatchObject({ code: 'certificate.serials_short' });
    expect(short.zh).toContain('需要 3 个，尚余 2 个');
    expect((await refusal(life.addHubSerialRange(db, supervisor, { year: 2015, associationNumber: '002', from: 102, to: 110 }))).code).toBe('certificate.serial_range');
    await life.addHubSerialRange(db, supervisor, { year: 2015, associationNumber: '002', from: 200, to: 209 });
    await life.finaliseBatch(db, supervisor, 'b1', { finalOn: '2015-07-23' });
    expect(await allSerials()).toEqual([101, 102, 200]);
    expect(await life.certificateCounter(db, { year: 2015, associationNumber: '002' })).toMatchObject({ source: 'hub', lastSerial: 200, ranges: [{ from: 201, to: 209 }] });
  });

  it('judges a seeded batch (no stored release) by its own notice settings', async () => {
    db = openTestDb();
    await noticeBatch('b1', 1);
    expect(await life.currentNoticePeriod(db, 'b1')).toEqual({ start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' });
    const early = await refusal(life.finaliseBatch(db, supervisor, 'b1', { finalOn: '2015-07-20' }));
    expect(early.en).toContain('the notice period runs to 2015-07-22');
  });
});
