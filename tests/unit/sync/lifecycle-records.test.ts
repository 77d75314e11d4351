// Format version 2: the lifecycle records (first review, grades, notices, certificates) travel
// with the batch, keep their audit trail, and are checked like every other record.
import { afterEach, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../../../shared/canonical';
import { readBundle } from '../../../shared/bundle/read';
import { write } from '../../../renderer/db/write';
import type { Assessment, Certificate, NoticeCorrection, NoticeRelease, ScreeningRecord } from '../../../shared/lifecycle/types';
import { batchRecord, draft, sampleBundle } from '../bundle/fixtures';
import { exportFrom, importInto, reviewer, seedBatch, station, supervisor, type Station } from './helpers';

const B = batchRecord.id;
const at = '2015-07-23T02:00:00.000Z';
const by = '王主管';
const screening: ScreeningRecord = { id: 'scr-d1-1', dossierId: 'd1', batchId: B, round: 1, outcome: 'passed', checklistId: 'screening-v1', items: [{ id: 'licence', name: '营业执照', nameEn: 'Business licence', isRequired: true, isPresent: true, attachmentIds: [] }], missingItemIds: [], reasons: [], by, at };
const assessment: Assessment = { dossierId: 'd1', batchId: B, proposal: { score: 91.5, grade: 'AAA', scoreGrade: 'AAA', reasons: [], source: 'consolidation' }, approval: { by, at, grade: 'AAA', score: 91.5 }, rescoreRequests: [], updatedAt: at };
const release: NoticeRelease = {
  id: 'rel-1',
  batchId: B,
  kind: 'notice',
  revision: 1,
  period: { start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' },
  issuedOn: '2015-07-12',
  snapshot: { batchId: B } as unknown as NoticeRelease['snapshot'],
  entries: [{ dossierId: 'd1', evaluationType: 'enterprise', name: '北京检测仪器有限公司', grade: 'AAA' }],
  corrections: [],
  createdBy: by,
  createdAt: at,
};
const correction: NoticeCorrection = { id: 'cor-1', batchId: B, dossierId: 'd1', evaluationType: 'enterprise', name: '北京检测仪器有限公司', publishedGrade: 'AAA', newGrade: 'AA', flaggedBy: by, flaggedAt: at };
const certificate: Certificate = {
  id: 'cert-2015-001-1',
  number: '201500103000001',
  dossierId: 'd1',
  batchId: B,
  enterpriseId: 'e1',
  enterpriseName: '北京检测仪器有限公司',
  year: 2015,
  associationNumber: '001',
  serial: 1,
  grade: 'AAA',
  status: 'valid',
  validFrom: '2015-07-23',
  validTo: '2018-07-22',
  reviewDueDates: ['2016-07-23', '2017-07-23'],
  history: [{ kind: 'issued', grade: 'AAA', number: '201500103000001', on: '2015-07-23', by, at }],
  updatedAt: at,
};

const open: Station[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function office(): Promise<Station> {
  const s = await station(supervisor);
  open.push(s);
  await seedBatch(s);
  await write(s.db, supervisor, { zh: '评定与发证', en: 'Grade and certify' }, async (scope) => {
    await scope.put('screenings', screening);
    await scope.put('assessments', assessment);
    await scope.put('noticeReleases', release);
    await scope.put('noticeCorrections', correction);
    await scope.put('certificates', certificate);
  });
  return s;
}

describe('lifecycle records in bundles', () => {
  it('carries first review, grade, notice, correction and certificate to another workstation, with their audit entries', async () => {
    const from = await office();
    const to = await station(supervisor);
    open.push(to);
    const report = await importInto(to, await exportFrom(from));
    expect(report.conflicts).toEqual([]);
    expect(await to.db.screenings.get('scr-d1-1')).toEqual(screening);
    expect(await to.db.assessments.get('d1')).toEqual(assessment);
    expect(await to.db.noticeReleases.get('rel-1')).toEqual(release);
    expect(await to.db.noticeCorrections.get('cor-1')).toEqual(correction);
    expect(await to.db.certificates.get('cert-2015-001-1')).toEqual(certificate);
    const remote = (await to.sync.remoteAudit.toArray()).map((r) => (r.entry as { entity: string }).entity);
    expect(remote).toEqual(expect.arrayContaining(['screenings', 'assessments', 'noticeReleases', 'noticeCorrections', 'certificates']));
    const again = await importInto(to, await exportFrom(from));
    expect(again.counts).toMatchObject({ create: 0, 'fast-forward': 0, conflict: 0 });
  });

  it("leaves them out of a reviewer's part", async () => {
    const from = await office();
    const rev = await station(reviewer);
    open.push(rev);
    await importInto(rev, await exportFrom(from, { reviewerId: '张三' }));
    await importInto(from, await exportFrom(rev));
    expect(await rev.db.certificates.count()).toBe(0);
    expect(await rev.db.assessments.count()).toBe(0);
  });

  it('refuses a signed bundle whose certificate is for another batch or whose assessment names no dossier in it', async () => {
    const base = draft();
    const bad = await sampleBundle({
      records: { ...base.records, certificates: [{ ...certificate, batchId: 'another-batch' }], assessments: [{ ...assessment, id: 'd9', dossierId: 'd9' }] },
    });
    const read = await readBundle(bad.bytes);
    const problems = read.ok ? [] : read.error;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(new Set(problems.map((e) => e.code))).toEqual(new Set(['bundle.inconsistent']));
    expect(problems.find((e) => e.at?.field === 'records/assessments.json')?.zh).toContain('没有档案“d9”');
    expect(problems.find((e) => e.at?.field === 'records/certificates.json')?.zh).toContain('不属于批次');
  });

  it('refuses lifecycle records in a bundle that claims format version 1', async () => {
    const written = await sampleBundle({ records: { ...draft().records, certificates: [certificate] } });
    const entries = unzipSync(written.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
    entries['manifest.json'] = strToU8(canonicalJson({ ...manifest, formatVersion: 1 }));
    const read = await readBundle(zipSync(entries));
    expect(read.ok ? '' : read.error[0]?.code).toBe('bundle.manifest_invalid');
  });
});
