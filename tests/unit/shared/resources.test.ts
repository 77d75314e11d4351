import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../../../shared/credit-code';
import { baseGrade, checklistScaleErrors, gradeForScoreOnly } from '../../../shared/grade-scale';
import { parseBatchDefaults, parseRecordSet } from '../../../shared/record-schemas';
import { batchDefaults, bundledChecklists, bundledGradeScales, defaultChecklist, newBatch, nineGradeScale, sampleCaqi2015 } from '../../../shared/resources';
import sampleJson from '../../../resources/samples/caqi-2015-3.json' with { type: 'json' };

// Transcribed from the seed notice "中国质量检验协会 2015年第三批行业信用评价结果" (2015-07-13).
const PUBLISHED = {
  enterprise: [
    ['济南科林普尔环保设备有限公司', 'AAA'],
    ['上海夏普电器有限公司', 'AAA'],
    ['深圳市汇清科技有限公司', 'AAA'],
    ['浙江爱仕达生活电器有限公司', 'AAA'],
    ['北京拂尘龙科技发展股份有限公司', 'AAA'],
    ['广东美的制冷设备有限公司', 'AAA'],
    ['东莞市宇洁新材料有限公司', 'A+'],
  ],
  quality: [
    ['东研高科（北京）环保技术有限公司', 'AAA★'],
    ['上海浩泽净水科技发展有限公司', 'AAA'],
  ],
} as const;

const { batches, enterprises, dossiers } = sampleCaqi2015;
const nameOf = (enterpriseId: string): string | undefined => enterprises.find((e) => e.id === enterpriseId)?.name;

describe('sample data: 中国质量检验协会 2015年第三批', () => {
  it('is one batch in public notice, pointing at the bundled checklist and scale', () => {
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      id: 'sample-caqi-2015-3', title: '2015年第三批', associationName: '中国质量检验协会', associationNumber: '001', year: 2015,
      evaluationTypes: ['enterprise', 'quality'], noticeDays: 10, noticeDayType: 'calendar', noticeStart: '2015-07-13', status: 'notice',
    });
    expect(bundledChecklists.has(batches[0]?.checklistId ?? '')).toBe(true);
    expect(bundledGradeScales.get(batches[0]?.gradeScaleId ?? '')).toBe(nineGradeScale);
    expect(batches[0]?.note).toContain('样例');
  });

  it('has the nine enterprises with the grades as published, in order, per evaluation type', () => {
    expect(enterprises).toHaveLength(9);
    for (const type of ['enterprise', 'quality'] as const) {
      const rows = dossiers.filter((d) => d.evaluationType === type).map((d) => [nameOf(d.enterpriseId), d.grade]);
      expect(rows).toEqual(PUBLISHED[type].map(([name, grade]) => [name, grade]));
    }
  });

  it('counts eight AAA (★ included) and one A+, as the notice says', () => {
    const bases = dossiers.map((d) => baseGrade(d.grade ?? '', nineGradeScale));
    expect(bases.filter((g) => g === 'AAA')).toHaveLength(8);
    expect(dossiers.filter((d) => d.grade === 'A+')).toHaveLength(1);
  });

  it('gives every dossier a score that earns its published base grade', () => {
    for (const d of dossiers) {
      expect(d.state).toBe('notice');
      expect(gradeForScoreOnly(nineGradeScale, d.score ?? -1)).toBe(baseGrade(d.grade ?? '', nineGradeScale));
    }
  });

  it('uses made-up but checksum-valid credit codes, flagged as samples, and regions from the names', () => {
    expect(enterprises.every((e) => e.isSampleCode === true && validateCreditCode(e.creditCode).kind === 'valid')).toBe(true);
    expect(new Set(enterprises.map((e) => e.creditCode)).size).toBe(9);
    const region = (name: string): string | undefined => enterprises.find((e) => e.name === name)?.region;
    expect(region('济南科林普尔环保设备有限公司')).toBe('山东省济南市');
    expect(region('深圳市汇清科技有限公司')).toBe('广东省深圳市');
    expect(region('东研高科（北京）环保技术有限公司')).toBe('北京市');
    const divisionOf = (name: string): string | undefined => enterprises.find((e) => e.name === name)?.creditCode.slice(2, 6);
    expect(divisionOf('济南科林普尔环保设备有限公司')).toBe('3701');
    expect(divisionOf('东莞市宇洁新材料有限公司')).toBe('4419');
  });

  it('the default checklist and the nine-grade scale work together', () => {
    expect(checklistScaleErrors(nineGradeScale, defaultChecklist.vetoItems)).toEqual([]);
  });
});

describe('record-set validation', () => {
  const broken = (mutate: (d: typeof sampleJson) => void): string[] => {
    const copy = structuredClone(sampleJson);
    mutate(copy);
    const r = parseRecordSet(copy, 'caqi-2015-3.json');
    return r.ok ? [] : r.error.map((e) => e.at?.path ?? '');
  };

  it.each([
    ['a bad credit code', (d: typeof sampleJson) => { d.enterprises[2]!.creditCode = '91440300579461286A'; }, 'enterprises[2].creditCode'],
    ['a lower-case credit code', (d: typeof sampleJson) => { d.enterprises[0]!.creditCode = d.enterprises[0]!.creditCode.toLowerCase(); }, 'enterprises[0].creditCode'],
    ['a dangling enterprise', (d: typeof sampleJson) => { d.dossiers[4]!.enterpriseId = 'nobody'; }, 'dossiers[4].enterpriseId'],
    ['a two-decimal score', (d: typeof sampleJson) => { d.dossiers[0]!.score = 96.55; }, 'dossiers[0].score'],
    ['an unknown state', (d: typeof sampleJson) => { d.dossiers[0]!.state = 'published'; }, 'dossiers[0].state'],
    ['an impossible notice date', (d: typeof sampleJson) => { d.batches[0]!.noticeStart = '2015-02-30'; }, 'batches[0].noticeStart'],
    ['a duplicate dossier id', (d: typeof sampleJson) => { d.dossiers[1]!.id = d.dossiers[0]!.id; }, 'dossiers[1].id'],
  ])('reports %s at its path', (_label, mutate, path) => {
    expect(broken(mutate)).toContain(path);
  });

  it('accepts a checksum-warning code only with a recorded override', () => {
    const withCode = (override?: object): string[] => broken((d) => {
      Object.assign(d.enterprises[0]!, { creditCode: '91310115MA1H8R7C6D', ...(override ? { creditCodeOverride: override } : {}) });
    });
    expect(withCode()).toContain('enterprises[0].creditCode');
    expect(withCode({ reason: '试点期代码', by: 'staff-1', at: '2015-07-01T08:00:00.000Z' })).toEqual([]);
    expect(withCode({ reason: ' ', by: 'staff-1', at: '2015-07-01T08:00:00.000Z' })).toContain('enterprises[0].creditCodeOverride.reason');
  });
});

describe('batch defaults (resources/defaults/batch.json)', () => {
  it('start a batch on the bundled checklist and scale, with a 10 calendar-day notice', () => {
    expect(bundledChecklists.has(batchDefaults.checklistId)).toBe(true);
    expect(bundledGradeScales.has(batchDefaults.gradeScaleId)).toBe(true);
    expect(batchDefaults).toMatchObject({ associationName: '中国质量检验协会', noticeDays: 10, noticeDayType: 'calendar', consolidation: 'mean' });
  });

  it('name the file and field when the file is wrong', () => {
    const result = parseBatchDefaults({ ...batchDefaults, noticeDayType: 'weekly' }, 'batch.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ at: { file: 'batch.json', path: 'noticeDayType' } });
  });

  it('fill an open batch that the given fields name and may override', () => {
    const batch = newBatch({ id: 'b1', title: '2026年第一批', year: 2026, createdAt: '2026-01-05T00:00:00.000Z', noticeDays: 7 });
    expect(batch).toMatchObject({ ...batchDefaults, id: 'b1', status: 'open', noticeDays: 7, updatedAt: '2026-01-05T00:00:00.000Z' });
  });
});

