// The evaluation lifecycle of a small batch, end to end at the data layer: 初审 with a return and
// a resubmission, assignment, two reviewers with a flagged spread, override, approval, the 公示
// gate, 公示 2015-07-13…22, objections (upheld, rejected, too late), a corrected notice, 终评
// with certificate numbers, downgrade and revocation, and the audit log of all of it.
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import { write } from '../../../renderer/db/write';
import { OPERATIONS } from '../../../shared/operations';
import type { XinpingDb } from '../../../renderer/db/schema';
import * as life from '../../../renderer/lifecycle';
import { openTestDb } from '../db/helpers';
import { dossierId, fullSheet, importBatch, on, refusal, reviewerA, reviewerB, staff, submit, supervisor } from './fixtures';

const B = 'caqi-2015-3';
const [d1, d2, d3, d4, d5] = ['d1', 'd2', 'd3', 'd4', 'd5'].map((k) => dossierId(B, k)) as [string, string, string, string, string];
const ALL_DOCS = ['application-form', 'business-licence', 'audited-financials', 'quality-certificate', 'credit-pledge'];
const QUALITY_DOCS = [...ALL_DOCS, 'product-test-reports'];

let db: XinpingDb;
afterAll(() => db.close());

async function state(id: string): Promise<string | undefined> {
  return (await db.dossiers.get(id))?.state;
}

describe('a batch from application to certificate', () => {
  it('first review: returns an incomplete application with reasons, takes it back, passes it; the history is kept', async () => {
    db = openTestDb();
    await importBatch(db, B);
    const missing = ALL_DOCS.filter((d) => d !== 'credit-pledge');
    expect((await refusal(life.passScreening(db, staff, d1, { presentItemIds: missing }))).zh).toMatch(/济南科林普尔.*信用承诺书/s);
    const returned = await life.returnScreening(db, staff, d1, { presentItemIds: missing, reasons: ['营业执照副本未加盖公章'] }, on('2015-06-10T02:00:00Z'));
    expect(returned.reasons).toEqual(['缺少：信用承诺书', '营业执照副本未加盖公章']);
    expect(await state(d1)).toBe('returned');
    await life.resubmitDossier(db, staff, d1, { note: '企业补交信用承诺书' }, on('2015-06-15T02:00:00Z'));
    await life.passScreening(db, staff, d1, { presentItemIds: ALL_DOCS, attachments: { 'credit-pledge': ['att-pledge'] } }, on('2015-06-16T02:00:00Z'));
    const history = await life.screeningHistory(db, d1);
    expect(history.map((h) => [h.round, h.outcome, h.by])).toEqual([[1, 'returned', '工作人员'], [2, 'resubmitted', '工作人员'], [3, 'passed', '工作人员']]);
    expect(history[0]?.missingItemIds).toEqual(['credit-pledge']);
    expect(history[2]?.items.find((i) => i.id === 'credit-pledge')?.attachmentIds).toEqual(['att-pledge']);
    expect(await state(d1)).toBe('screened');

    for (const id of [d2, d3]) await life.passScreening(db, staff, id, { presentItemIds: ALL_DOCS });
    // a quality evaluation also needs product test reports
    expect((await refusal(life.passScreening(db, staff, d4, { presentItemIds: ALL_DOCS }))).zh).toMatch(/产品质量检验报告/);
    await life.passScreening(db, staff, d4, { presentItemIds: QUALITY_DOCS });
    await life.returnScreening(db, staff, d5, { presentItemIds: ALL_DOCS, reasons: ['企业申请撤回'] });
  });

  it('assignment: the supervisor assigns reviewers; each reviewer sees their own queue', async () => {
    await life.assignReviewers(db, supervisor, { dossierIds: [d1], reviewerIds: [reviewerA.actor, reviewerB.actor] });
    await life.assignReviewers(db, supervisor, { dossierIds: [d2, d4], reviewerIds: [reviewerA.actor] });
    await life.assignReviewers(db, supervisor, { dossierIds: [d3], reviewerIds: [reviewerB.actor] });
    expect(await state(d1)).toBe('scoring');
    expect((await life.reviewerQueue(db, reviewerA.actor)).map((q) => q.dossier.id).sort()).toEqual([d1, d2, d4].sort());
    expect((await life.reviewerQueue(db, reviewerB.actor)).map((q) => [q.dossier.id, q.sheetStatus])).toEqual([[d3, 'none'], [d1, 'none']]);
    expect((await refusal(life.assignReviewers(db, supervisor, { dossierIds: [d5], reviewerIds: [reviewerA.actor] }))).zh).toMatch(/浙江爱仕达.*初审通过/s);
  });

  it('consolidation: two sheets far apart on one indicator are flagged; the supervisor overrides with a reason', async () => {
    await submit(db, reviewerA, fullSheet(d1, reviewerA.actor));
    expect((await refusal(life.acceptConsolidation(db, supervisor, d1))).zh).toMatch(/评审员乙 尚未提交评分表/);
    await submit(db, reviewerB, fullSheet(d1, reviewerB.actor, { 'basic.qualification': 1 }));
    const preview = await life.previewConsolidation(db, d1);
    if (!preview.ok) throw new Error(preview.error[0]?.en);
    expect(preview.value.summary.flagged).toEqual([{ indicatorId: 'basic.qualification', min: 1, max: 5, spread: 4, isNotApplicableDisagreement: false }]);
    expect(preview.value.summary.score).toBe(98);
    // a key indicator short of full marks caps the grade at AA
    expect(preview.value.proposal).toMatchObject({ grade: 'AA', scoreGrade: 'AAA' });
    expect((await refusal(life.overrideAssessment(db, supervisor, d1, { grade: 'AAA', reason: ' ' }))).zh).toMatch(/须写明原因/);
    const a = await life.overrideAssessment(db, supervisor, d1, { grade: 'AAA', reason: '经核实资质证照齐全，评审员乙评分有误' }, on('2015-07-01T03:00:00Z'));
    expect(a.override).toMatchObject({ grade: 'AAA', by: '主管', reason: '经核实资质证照齐全，评审员乙评分有误' });
    expect(a.consolidation?.flagged.map((f) => f.indicatorId)).toEqual(['basic.qualification']);
    expect(a.proposal).toMatchObject({ score: 98, grade: 'AAA', source: 'override' });
    expect(await db.dossiers.get(d1)).toMatchObject({ state: 'initial_grade', score: 98 });
  });

  it('rescore: the supervisor sends one sheet back with a reason; the reviewer sees why', async () => {
    await submit(db, reviewerB, fullSheet(d3, reviewerB.actor, { 'finance.growth': 0 }));
    await life.acceptConsolidation(db, supervisor, d3);
    await life.requestRescore(db, supervisor, d3, { reviewerId: reviewerB.actor, reason: '财务成长性评分依据不足，请复核' });
    expect(await state(d3)).toBe('scoring');
    const [item] = await life.reviewerQueue(db, reviewerB.actor, { states: ['scoring'] });
    expect(item).toMatchObject({ sheetStatus: 'draft', rescoreReason: '财务成长性评分依据不足，请复核' });
    await submit(db, reviewerB, fullSheet(d3, reviewerB.actor, { 'finance.growth': 2 }));
    await life.acceptConsolidation(db, supervisor, d3);
    await life.overrideAssessment(db, supervisor, d3, { grade: 'A＋', reason: '协会评定为 A+ 级' });
    for (const [id, grade] of [[d2, null], [d4, 'AAA★']] as const) {
      await submit(db, reviewerA, fullSheet(id, reviewerA.actor));
      await life.acceptConsolidation(db, supervisor, id);
      if (grade) await life.overrideAssessment(db, supervisor, id, { grade, reason: '质量信用评价星级' });
    }
    expect((await life.assessmentFor(db, d3))?.proposal?.grade).toBe('A+');
  });

  it('the notice gate names every enterprise that blocks it; approval and exclusion clear them', async () => {
    await life.approveGrades(db, supervisor, [d1, d2, d4]);
    const blocked = await refusal(life.startNotice(db, supervisor, B, { start: '2015-07-13' }));
    expect(blocked.code).toBe('lifecycle.notice_blocked');
    expect(blocked.zh).toContain('2 家企业既未批准初评等级，也未注明不列入公示的原因：东莞市宇洁新材料有限公司（初评）、浙江爱仕达生活电器有限公司（初审退回）');
    expect(blocked.en).toContain('东莞市宇洁新材料有限公司 (initial grade), 浙江爱仕达生活电器有限公司 (returned)');
    expect((await life.noticeBlockers(db, B)).map((b) => b.enterpriseName)).toEqual(['东莞市宇洁新材料有限公司', '浙江爱仕达生活电器有限公司']);
    await life.approveGrades(db, supervisor, [d3]);
    expect((await refusal(life.excludeDossier(db, supervisor, d5, ''))).zh).toMatch(/须写明原因/);
    await life.excludeDossier(db, supervisor, d5, '企业申请撤回，不列入本批公示');
    expect(await life.noticeBlockers(db, B)).toEqual([]);
  });

  it('公示 from 2015-07-13 for 10 calendar days ends 2015-07-22 and returns the notice snapshot', async () => {
    expect((await refusal(life.startNotice(db, supervisor, B, { start: '2015-7-13' }))).code).toBe('date.invalid');
    const { period, snapshot, release } = await life.startNotice(db, supervisor, B, { start: '2015-07-13' }, on('2015-07-13T01:00:00Z'));
    expect(period).toEqual({ start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' });
    expect(release).toMatchObject({ kind: 'notice', revision: 1, issuedOn: '2015-07-13' });
    expect(snapshot).toMatchObject({ association: { name: '中国质量检验协会' }, batchTitle: '2015年第三批', noticePeriod: { start: '2015-07-13', end: '2015-07-22', days: 10 } });
    expect(snapshot.results.map((s) => [s.evaluationType, s.rows.map((r) => `${r.name} ${r.grade}`)])).toEqual([
      ['enterprise', ['上海夏普电器有限公司 AAA', '济南科林普尔环保设备有限公司 AAA', '东莞市宇洁新材料有限公司 A+']],
      ['quality', ['东研高科（北京）环保技术有限公司 AAA★']],
    ]);
    expect(snapshot.results[0]?.rows[0]?.creditCode).toBe('913100006073184299');
    expect((await db.batches.get(B))?.status).toBe('notice');
    expect(await state(d5)).toBe('returned');
  });

  it('objections: one upheld re-grades and flags a correction, one rejected, one after the end refused', async () => {
    const blob = new Blob(['投诉记录']);
    await write(db, staff, OPERATIONS.addAttachment, (s) => s.put('attachments', { id: 'att-o1', dossierId: d3, name: '投诉记录.pdf', mimeType: 'application/pdf', size: blob.size, sha256: 'x', addedAt: '2015-07-15T01:00:00.000Z', blob }));
    const objection = { dossierId: d3, raisedBy: '王先生', contact: '010-12345678', grounds: '该企业近期有质量投诉', receivedOn: '2015-07-15' };
    expect((await refusal(life.recordObjection(db, staff, { ...objection, evidenceIds: ['att-lost'] }))).code).toBe('objection.evidence_missing');
    const o1 = await life.recordObjection(db, staff, { ...objection, evidenceIds: ['att-o1'] });
    expect(o1).toMatchObject({ raisedBy: '王先生', contact: '010-12345678', receivedOn: '2015-07-15', evidenceIds: ['att-o1'] });
    expect(await state(d3)).toBe('objection');
    const o2 = await life.recordObjection(db, staff, { dossierId: d2, raisedBy: '某检测机构', contact: 'test@example.cn', grounds: '认证证书已过期', receivedOn: '2015-07-20' });
    const late = await refusal(life.recordObjection(db, staff, { dossierId: d1, raisedBy: '李女士', contact: '13800000000', grounds: '迟到的异议', receivedOn: '2015-07-23' }));
    expect(late.code).toBe('objection.notice_ended');
    expect(late.zh).toContain('公示期已于 2015-07-22 结束，2015-07-23 收到的异议不予受理');
    expect(late.en).toContain('The notice period ended on 2015-07-22; objections received on 2015-07-23 are not accepted');
    expect(await life.objectionsFor(db, { batchId: B })).toHaveLength(2);

    await life.upholdObjection(db, supervisor, o1.id, { handling: '经核查投诉属实，重新测评' }, on('2015-07-16T02:00:00Z'));
    const reopened = await db.dossiers.get(d3);
    expect(reopened?.state).toBe('scoring');
    expect(reopened?.grade).toBeUndefined();
    expect((await life.assessmentFor(db, d3))?.noticeGrade).toBe('A+');
    await life.overrideAssessment(db, supervisor, d3, { grade: 'A', reason: '异议成立，下调为 A 级' });
    await life.approveGrades(db, supervisor, [d3]);
    expect(await db.dossiers.get(d3)).toMatchObject({ state: 'notice', grade: 'A' });
    expect(await life.pendingCorrections(db, B)).toMatchObject([{ dossierId: d3, publishedGrade: 'A+', newGrade: 'A' }]);

    expect((await refusal(life.rejectObjection(db, supervisor, o2.id, { reason: '' }))).zh).toMatch(/须写明原因/);
    const rejected = await life.rejectObjection(db, supervisor, o2.id, { reason: '证书在有效期内，异议不成立' });
    expect(rejected).toMatchObject({ outcome: 'rejected', handling: '证书在有效期内，异议不成立' });
    expect(await state(d2)).toBe('notice');
    expect((await refusal(life.upholdObjection(db, supervisor, o2.id, { handling: '再议' }))).zh).toMatch(/已处理/);
  });

  it('the corrected notice publishes the changed grade; finalising first is refused', async () => {
    expect((await refusal(life.finaliseBatch(db, supervisor, B, { finalOn: '2015-07-23' }))).zh).toMatch(/尚未发布更正公示：东莞市宇洁新材料有限公司/);
    const preview = await life.previewCorrectedNotice(db, B, { issuedOn: '2015-07-17' });
    expect(preview.corrections).toEqual([{ dossierId: d3, evaluationType: 'enterprise', name: '东莞市宇洁新材料有限公司', publishedGrade: 'A+', newGrade: 'A' }]);
    const corrected = await life.issueCorrectedNotice(db, supervisor, B, { issuedOn: '2015-07-17' });
    expect(corrected.release).toMatchObject({ kind: 'correction', revision: 2 });
    expect(corrected.snapshot.results[0]?.rows.at(-1)).toMatchObject({ name: '东莞市宇洁新材料有限公司', grade: 'A' });
    expect(corrected.period.end).toBe('2015-07-22');
    expect(await life.pendingCorrections(db, B)).toEqual([]);
  });

  it('终评 after the period: grades fixed, certificates numbered 1…n with validity and reviews, the 公告 snapshot', async () => {
    expect((await refusal(life.finaliseBatch(db, supervisor, B, { finalOn: '2015-07-22' }))).zh).toMatch(/公示期至 2015-07-22 结束/);
    const result = await life.finaliseBatch(db, supervisor, B, { finalOn: '2015-07-23' }, on('2015-07-23T02:00:00Z'));
    expect(result.certificates.map((c) => [c.enterpriseName, c.number])).toEqual([
      ['上海夏普电器有限公司', '201500111100001'],
      ['济南科林普尔环保设备有限公司', '201500111100002'],
      ['东莞市宇洁新材料有限公司', '201500100100003'],
      ['东研高科（北京）环保技术有限公司', '201500111100004'],
    ]);
    expect(result.certificates[0]).toMatchObject({ validFrom: '2015-07-23', validTo: '2018-07-22', reviewDueDates: ['2016-07-23', '2017-07-23'], status: 'valid' });
    expect(result.snapshot.objections).toEqual({ received: 2, upheld: 1 });
    expect(result.snapshot.results[1]?.rows[0]).toMatchObject({ grade: 'AAA★', certificateNumber: '201500111100004' });
    expect(result.release).toMatchObject({ kind: 'announcement', revision: 3 });
    expect(await db.dossiers.get(d2)).toMatchObject({ state: 'final', certificateNumber: '201500111100001' });
    expect((await db.batches.get(B))?.status).toBe('final');
    expect((await refusal(life.finaliseBatch(db, supervisor, B, { finalOn: '2015-07-24' }))).zh).toMatch(/已终评/);
  });

  it('downgrade and revoke, each with a reason, give new certificate states and keep the history', async () => {
    const [c2, c1] = await life.certificatesFor(db, B);
    if (!c1 || !c2) throw new Error('certificates missing');
    expect((await refusal(life.downgradeCertificate(db, supervisor, c1.id, { grade: 'AAA', reason: '年度复评', on: '2016-07-23' }))).zh).toMatch(/不是降级/);
    const down = await life.downgradeCertificate(db, supervisor, c1.id, { grade: 'AA', reason: '年度复评发现重大质量投诉', on: '2016-07-23' });
    expect(down).toMatchObject({ status: 'downgraded', grade: 'AA', number: '201500101100002', serial: 2 });
    expect(down.history.map((h) => [h.kind, h.grade, h.number])).toEqual([['issued', 'AAA', '201500111100002'], ['downgraded', 'AA', '201500101100002']]);
    expect(await db.dossiers.get(d1)).toMatchObject({ grade: 'AA', certificateNumber: '201500101100002' });
    const revoked = await life.revokeCertificate(db, supervisor, c2.id, { reason: '列入严重失信主体名单', on: '2016-03-01' });
    expect(revoked.status).toBe('revoked');
    expect(revoked.history.at(-1)).toMatchObject({ kind: 'revoked', reason: '列入严重失信主体名单', by: '主管' });
    expect((await refusal(life.downgradeCertificate(db, supervisor, c2.id, { grade: 'A', reason: 'x', on: '2016-04-01' }))).zh).toMatch(/已被撤销/);
    expect((await life.findCertificate(db, '201500101100002'))?.id).toBe(c1.id);
  });

  it('every step is in the audit log, filterable and exportable, and the chain verifies', async () => {
    const actions = new Set((await life.auditEntries(db)).map((e) => e.action));
    for (const action of [
      'dossier.screen.return', 'dossier.resubmit', 'dossier.screen.pass', 'dossier.assign', 'dossier.score.accept', 'dossier.rescore', 'score.reopen', 'dossier.override',
      'dossier.grade.approve', 'dossier.exclude', 'dossier.notice', 'batch.notice.start', 'notice.release', 'objection.record', 'objection.uphold', 'objection.reject',
      'notice.correction.flag', 'notice.correction.release', 'notice.correction.resolve', 'certificate.serials.reserve', 'certificate.issue', 'dossier.finalise',
      'batch.finalise', 'announcement.release', 'certificate.downgrade', 'certificate.revoke',
    ]) expect(actions, action).toContain(action);
    const d3Trail = await life.auditEntries(db, { entity: 'dossiers', entityId: d3 });
    expect(d3Trail.map((e) => e.action)).toContain('objection.uphold');
    const objectionEntries = await life.auditEntries(db, { action: 'objection' });
    expect(new Set(objectionEntries.map((e) => e.action))).toEqual(new Set(['objection.record', 'objection.uphold', 'objection.reject']));
    const byStaff = await life.auditEntries(db, { actor: staff.actor, action: 'dossier.screen' });
    expect(byStaff.every((e) => e.actor === '工作人员' && e.action.startsWith('dossier.screen.'))).toBe(true);
    const july16 = await life.auditEntries(db, { from: '2015-07-16T00:00:00Z', to: '2015-07-17T00:00:00Z' });
    expect(july16.map((e) => e.action)).toContain('objection.uphold');
    expect(july16.every((e) => e.at >= '2015-07-16' && e.at < '2015-07-17')).toBe(true);
    expect((await refusal(life.auditEntries(db, { action: 'objection', from: '7月16日' }))).code).toBe('audit.filter_time');
    const rows = await life.auditExport(db, { action: 'certificate.revoke' });
    expect(rows[0]?.[4]).toBe('操作 Action');
    expect(rows.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([['主管', 'certificate.revoke', 'certificates']]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
  });
});
