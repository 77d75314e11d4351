// The pure lifecycle rules (shared/lifecycle): screening checklist, grade proposals, gates,
// snapshot order, objection window, validity, certificate states, the audit filter.
import { describe, expect, it } from 'vitest';
import { checkOverride, proposeGrade } from '../../../shared/lifecycle/assessment';
import { auditExportRows, matchesAuditFilter } from '../../../shared/lifecycle/audit-view';
import { applyDowngrade, applyRevocation, compareGrades, isInForce, issueCertificate } from '../../../shared/lifecycle/certificate-state';
import { findNoticeBlockers, noticeGateError } from '../../../shared/lifecycle/gates';
import { objectionWindowError } from '../../../shared/lifecycle/objection-window';
import { addRange, continueAfter, localCounter, MAX_SERIAL, reserveSerials } from '../../../shared/lifecycle/serials';
import { checkScreening, defaultScreeningChecklist, parseScreeningChecklist, screeningItemsFor } from '../../../shared/lifecycle/screening';
import { buildSnapshot, type ListedDossier } from '../../../shared/lifecycle/snapshot';
import type { ConsolidationSummary } from '../../../shared/lifecycle/types';
import { validityFrom } from '../../../shared/lifecycle/validity';
import type { AuditEntry } from '../../../shared/model';
import { defaultChecklist, nineGradeScale as scale } from '../../../shared/resources';

const stamp = { by: '主管', at: '2015-07-23T02:00:00.000Z' };

describe('first-review checklist', () => {
  it('is data: the documents the issue names are required for every application', () => {
    const required = screeningItemsFor(defaultScreeningChecklist, 'enterprise').filter((i) => i.isRequired).map((i) => i.name);
    expect(required).toEqual(['信用评价申报表', '营业执照副本', '近三年财务审计报告', '质量管理体系认证证书', '信用承诺书']);
    expect(screeningItemsFor(defaultScreeningChecklist, 'quality').map((i) => i.id)).toContain('product-test-reports');
  });

  it('lists what is missing, and refuses an item the checklist does not have', () => {
    const check = checkScreening(defaultScreeningChecklist, 'enterprise', { presentItemIds: ['application-form', 'business-licence'] });
    expect(check.ok && check.value.missingItemIds).toEqual(['audited-financials', 'quality-certificate', 'credit-pledge']);
    const unknown = checkScreening(defaultScreeningChecklist, 'enterprise', { presentItemIds: ['product-test-reports'] });
    expect(!unknown.ok && unknown.error.code).toBe('screening.unknown_item');
    const typo = checkScreening(defaultScreeningChecklist, 'enterprise', { presentItemIds: [], attachments: { 'credit-pledg': ['a1'] } });
    expect(!typo.ok && typo.error.zh).toContain('credit-pledg');
  });

  it('rejects a checklist file with duplicate or malformed items, naming the place', () => {
    const dup = parseScreeningChecklist({ id: 'x', name: '清单', nameEn: 'list', items: [{ id: 'a', name: '甲', nameEn: 'A', isRequired: true }, { id: 'a', name: '乙', nameEn: 'B', isRequired: false }] });
    expect(!dup.ok && dup.error[0]?.at?.path).toBe('items[1].id');
    expect(parseScreeningChecklist({ id: 'x', name: '清单', nameEn: 'list', items: [] }).ok).toBe(false);
  });
});

const summary = (extra: Partial<ConsolidationSummary> = {}): ConsolidationSummary => ({
  rule: 'mean', score: 91.25, threshold: 2, sheetTotals: [], flagged: [], triggeredVetoIds: [], keyIndicatorsFull: true, at: stamp.at, ...extra,
});

describe('grade proposals and overrides', () => {
  const inputs = { scale, vetoItems: defaultChecklist.vetoItems };
  it('grades the consolidated score, with caps and vetoes from the sheets', () => {
    expect(proposeGrade(summary(), undefined, inputs)).toMatchObject({ ok: true, value: { score: 91.3, grade: 'AAA', source: 'consolidation' } });
    expect(proposeGrade(summary({ keyIndicatorsFull: false }), undefined, inputs)).toMatchObject({ value: { grade: 'AA', scoreGrade: 'AAA' } });
    expect(proposeGrade(summary({ triggeredVetoIds: ['veto.major-accident'] }), undefined, inputs)).toMatchObject({ value: { grade: 'BBB' } });
  });

  it('lets an override set the score, the grade or both; a grade-only override needs a consolidation', () => {
    expect(proposeGrade(summary(), { score: 72 }, inputs)).toMatchObject({ value: { score: 72, grade: 'A', source: 'override' } });
    expect(proposeGrade(summary(), { grade: 'A+' }, inputs)).toMatchObject({ value: { score: 91.3, grade: 'A+' } });
    expect(proposeGrade(undefined, { grade: 'A' }, inputs)).toMatchObject({ ok: false, error: { code: 'assessment.no_score' } });
  });

  it.each([
    [{ grade: 'A＋' }, { ok: true, value: { grade: 'A+' } }],
    [{ score: 88.44 }, { ok: true, value: { score: 88.4 } }],
    [{ score: 100.1 }, { ok: false, error: { code: 'assessment.override_score' } }],
    [{ score: Number.NaN }, { ok: false, error: { code: 'assessment.override_score' } }],
    [{ grade: 'AAAA' }, { ok: false, error: { code: 'grade.label' } }],
    [{}, { ok: false, error: { code: 'assessment.override_empty' } }],
  ])('checks override %j', (input, expected) => {
    expect(checkOverride(input, scale)).toMatchObject(expected);
  });
});

describe('the notice gate', () => {
  it('names at most ten enterprises, then counts the rest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, enterpriseName: `企业${i}`, state: 'scoring' as const }));
    const blockers = findNoticeBlockers(rows, new Map());
    expect(blockers).toHaveLength(12);
    const error = noticeGateError('2015年第三批', blockers);
    expect(error.zh).toContain('企业9（测评）等 12 家');
    expect(error.en).toContain('企业9 (scoring) and 2 more');
  });
});

const listed = (name: string, grade: string, extra: Partial<ListedDossier> = {}): ListedDossier => ({
  dossierId: name, evaluationType: 'enterprise', name, grade, creditCode: '91370100726815305K', ...extra,
});
const period = { start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' as const };
const batch = { title: '2015年第三批', associationName: '中国质量检验协会', evaluationTypes: ['enterprise', 'quality'] as const };

describe('snapshots', () => {
  it('print best grades first (AAA★, AAA, A+, A), by type, and never a made-up credit code', () => {
    const { snapshot, entries } = buildSnapshot({
      batch: { ...batch, evaluationTypes: [...batch.evaluationTypes] }, period, issuedOn: '2015-07-13', scale,
      listed: [listed('丁', 'A'), listed('丙', 'A+'), listed('乙', 'AAA', { isSampleCode: true }), listed('甲', 'AAA★'), listed('戊', 'AA-'), listed('己', 'AA')],
    });
    expect(snapshot.results).toHaveLength(1);
    expect(snapshot.results[0]?.rows.map((r) => `${r.name}${r.grade}`)).toEqual(['甲AAA★', '乙AAA', '己AA', '戊AA-', '丙A+', '丁A']);
    expect(snapshot.results[0]?.rows[1]?.creditCode).toBeUndefined();
    expect(snapshot.results[0]?.rows[0]?.creditCode).toBe('91370100726815305K');
    expect(snapshot.noticePeriod).toEqual({ start: '2015-07-13', end: '2015-07-22', days: 10 });
    expect(entries.map((e) => e.name)).toEqual(['甲', '乙', '己', '戊', '丙', '丁']);
  });

  it('leaves credit codes out when asked', () => {
    const { snapshot } = buildSnapshot({ batch: { ...batch, evaluationTypes: ['enterprise'] }, period, issuedOn: '2015-07-13', scale, listed: [listed('甲', 'AAA')], isCreditCodeShown: false });
    expect(snapshot.results[0]?.rows[0]).toEqual({ name: '甲', grade: 'AAA' });
  });
});

describe('the objection window', () => {
  it.each([
    ['2015-07-13', null],
    ['2015-07-22', null],
    ['2015-07-23', 'objection.notice_ended'],
    ['2015-07-12', 'objection.notice_not_started'],
    ['2015-7-15', 'date.invalid'],
    ['2015-02-30', 'date.invalid'],
  ])('received %s → %s', (receivedOn, code) => {
    expect(objectionWindowError(receivedOn, period)?.code ?? null).toBe(code);
  });
});

describe('validity and certificate states', () => {
  it.each([
    ['2015-07-23', '2018-07-22', ['2016-07-23', '2017-07-23']],
    ['2016-02-29', '2019-02-28', ['2017-02-28', '2018-02-28']],
    ['2015-12-31', '2018-12-30', ['2016-12-31', '2017-12-31']],
  ])('valid from %s to %s with reviews %j', (from, to, reviews) => {
    expect(validityFrom(from)).toEqual({ ok: true, value: { validFrom: from, validTo: to, reviewDueDates: reviews } });
  });

  const issued = issueCertificate(
    { dossierId: 'd1', batchId: 'b1', enterpriseId: 'e1', enterpriseName: '甲公司', year: 2015, associationNumber: '001', grade: 'A+', serial: 35, validity: { validFrom: '2015-07-23', validTo: '2018-07-22', reviewDueDates: [] } },
    scale, stamp,
  );
  if (!issued.ok) throw new Error(issued.error.en);
  const cert = issued.value;

  it('numbers by the 15-digit rule; A+ shares A\'s grade code', () => {
    expect(cert).toMatchObject({ id: 'cert-2015-001-00035', number: '201500100100035', status: 'valid' });
  });

  it('ranks A+ above A above A- and ignores badges', () => {
    expect(compareGrades(scale, 'A+', 'A')).toBeLessThan(0);
    expect(compareGrades(scale, 'A-', 'A')).toBeGreaterThan(0);
    expect(compareGrades(scale, 'AAA★', 'AAA')).toBe(0);
  });

  it('downgrades only to a lower grade, with a reason, on or after issue; revocation is final', () => {
    expect(applyDowngrade(cert, { grade: 'A', reason: '复评', on: '2016-07-23' }, scale, stamp)).toMatchObject({ ok: true, value: { grade: 'A', number: '201500100100035' } });
    expect(applyDowngrade(cert, { grade: 'AA', reason: '复评', on: '2016-07-23' }, scale, stamp)).toMatchObject({ error: { code: 'certificate.not_lower' } });
    expect(applyDowngrade(cert, { grade: 'BBB', reason: ' ', on: '2016-07-23' }, scale, stamp)).toMatchObject({ error: { code: 'certificate.reason_required' } });
    expect(applyDowngrade(cert, { grade: 'BBB', reason: '复评', on: '2015-07-01' }, scale, stamp)).toMatchObject({ error: { code: 'certificate.before_issue' } });
    const revoked = applyRevocation(cert, { reason: '严重失信', on: '2016-03-01' }, stamp);
    if (!revoked.ok) throw new Error(revoked.error.en);
    expect(isInForce(revoked.value, '2016-02-29')).toBe(true);
    expect(isInForce(revoked.value, '2016-03-01')).toBe(false);
    expect(applyRevocation(revoked.value, { reason: '再次', on: '2016-04-01' }, stamp)).toMatchObject({ error: { code: 'certificate.revoked' } });
  });
});

describe('the audit filter and export', () => {
  const entry = (action: string, at: string, actor = '主管'): AuditEntry => ({ seq: 1, at, actor, role: 'supervisor', action, entity: 'objections', entityId: 'o1', before: null, after: { a: 1, b: '甲' }, prevHash: '0', hash: '1' });

  it('matches an action or its dotted prefix, an actor and a half-open time range', () => {
    expect(matchesAuditFilter(entry('objection.uphold', '2015-07-16T02:00:00.000Z'), { action: 'objection' })).toBe(true);
    expect(matchesAuditFilter(entry('objections.other', '2015-07-16T02:00:00.000Z'), { action: 'objection' })).toBe(false);
    expect(matchesAuditFilter(entry('x', '2015-07-16T00:00:00.000Z'), { from: '2015-07-16T00:00:00Z', to: '2015-07-17T00:00:00Z' })).toBe(true);
    expect(matchesAuditFilter(entry('x', '2015-07-17T00:00:00.000Z'), { to: '2015-07-17T00:00:00Z' })).toBe(false);
    expect(matchesAuditFilter(entry('x', '2015-07-17T00:00:00.000Z', '工作人员'), { actor: '主管' })).toBe(false);
  });

  it('exports a header and one string row per entry, before/after as canonical JSON', () => {
    const rows = auditExportRows([entry('objection.uphold', '2015-07-16T02:00:00.000Z')]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['1', '2015-07-16T02:00:00.000Z', '主管', 'supervisor', 'objection.uphold', 'objections', 'o1', 'null', '{"a":1,"b":"甲"}', '0', '1']);
  });
});

describe('serial counters', () => {
  const at = stamp.at;
  it('hands out the next serials locally and stops at 99999 rather than wrapping', () => {
    const first = reserveSerials(localCounter(2015, '001', 0, at), 3, at);
    expect(first.ok && first.value.serials).toEqual([1, 2, 3]);
    const nearEnd = localCounter(2015, '001', MAX_SERIAL - 1, at);
    expect(reserveSerials(nearEnd, 1, at)).toMatchObject({ ok: true, value: { serials: [MAX_SERIAL] } });
    expect(reserveSerials(nearEnd, 2, at)).toMatchObject({ ok: false, error: { code: 'certificate.serials_exhausted' } });
    expect(reserveSerials(nearEnd, 0, at)).toMatchObject({ ok: true, value: { serials: [] } });
  });

  it('spends hub ranges across their boundaries and keeps the rest as ranges', () => {
    const withRanges = addRange(localCounter(2015, '001', 0, at), { from: 5, to: 6 }, at);
    if (!withRanges.ok) throw new Error(withRanges.error.en);
    const more = addRange(withRanges.value, { from: 10, to: 12 }, at);
    if (!more.ok) throw new Error(more.error.en);
    expect(reserveSerials(more.value, 3, at)).toMatchObject({ ok: true, value: { serials: [5, 6, 10], counter: { ranges: [{ from: 11, to: 12 }], lastSerial: 10 } } });
    expect(addRange(more.value, { from: 12, to: 13 }, at)).toMatchObject({ ok: false });
    expect(addRange(more.value, { from: 0, to: 3 }, at)).toMatchObject({ ok: false });
    expect(continueAfter(more.value, 20, at)).toMatchObject({ ok: true, value: { source: 'local', ranges: [], lastSerial: 20 } });
  });
});
