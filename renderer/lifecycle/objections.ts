// 异议: recorded during the notice period (who, how to reach them, which enterprise, the
// grounds, evidence, the date received); each is upheld (scoring reopens) or rejected with
// the reason. An objection received after the period ends is refused, saying when it ended.
import { userError } from '../../shared/errors';
import { reopenAssessment } from '../../shared/lifecycle/assessment';
import { aboutDossier, dossierError, isBlank, reasonError } from '../../shared/lifecycle/labels';
import { objectionWindowError } from '../../shared/lifecycle/objection-window';
import type { Id, IsoDate, Objection } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { XinpingDb } from '../db/schema';
import { write, type Actor, type WriteScope } from '../db/write';
import { byText, clockOf, fail, loadAssessment, loadBatch, loadDossier, moved, putDossier, unsettled, type Clock, type LifecycleOptions } from './context';
import { currentNoticePeriod } from './notice';

export type ObjectionInput = {
  readonly dossierId: Id;
  /** The person or organisation raising it. */
  readonly raisedBy: string;
  /** How to reach them: phone, address, e-mail. */
  readonly contact: string;
  readonly grounds: string;
  /** Attachments (added to the dossier) that support it. */
  readonly evidenceIds?: readonly Id[];
  readonly receivedOn: IsoDate;
};

const FIELD_ZH = { raisedBy: '异议人', contact: '联系方式', grounds: '异议理由' } as const;
const FIELD_EN = { raisedBy: 'who raised it', contact: 'how to contact them', grounds: 'its grounds' } as const;

/** Records an objection against a listed enterprise; the dossier moves 公示 → 异议. */
export function recordObjection(db: XinpingDb, actor: Actor, input: ObjectionInput, options: LifecycleOptions = {}): Promise<Objection> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.recordObjection, async (scope) => {
    const row = await loadDossier(scope.db, input.dossierId);
    const batch = await loadBatch(scope.db, row.batchId);
    for (const [field, value] of [['raisedBy', input.raisedBy], ['contact', input.contact], ['grounds', input.grounds]] as const) {
      if (isBlank(value)) fail(dossierError(row, 'objection.field_required', `登记异议须填写${FIELD_ZH[field]}`, `an objection needs ${FIELD_EN[field]}`, { field }));
    }
    if (batch.status !== 'notice' || (row.state !== 'notice' && row.state !== 'objection')) {
      fail(dossierError(row, 'objection.not_listed', '不在公示中，不能登记异议', 'is not under public notice; no objection can be recorded', { field: 'dossierId' }));
    }
    const late = objectionWindowError(input.receivedOn, await currentNoticePeriod(scope.db, batch.id));
    if (late) fail(aboutDossier(row, late));
    const evidenceIds = [...new Set(input.evidenceIds ?? [])];
    const found = await scope.db.attachments.bulkGet(evidenceIds);
    const missing = evidenceIds.filter((id, i) => found[i]?.dossierId !== row.id);
    if (missing.length > 0) fail(dossierError(row, 'objection.evidence_missing', `证明材料 ${missing.join('、')} 不是该档案的附件`, `evidence ${missing.join(', ')} is not an attachment of this dossier`, { field: 'evidenceIds' }));
    const objection: Objection = {
      id: crypto.randomUUID(), batchId: batch.id, dossierId: row.id, raisedBy: input.raisedBy.trim(), contact: input.contact.trim(), grounds: input.grounds.trim(), receivedOn: input.receivedOn, evidenceIds,
    };
    await scope.add('objections', objection, 'objection.record');
    if (row.state === 'notice') await putDossier(scope, moved(row, 'objection', { isWithinNotice: true }, clock.at), 'objection.record');
    return objection;
  }, clock.write);
}

async function openObjection(scope: WriteScope, objectionId: Id): Promise<Objection> {
  const objection = await scope.db.objections.get(objectionId);
  if (!objection) fail(userError('objection.not_found', `找不到异议 ${objectionId}`, `objection ${objectionId} was not found`, { path: objectionId }));
  if (objection.outcome !== undefined) {
    const row = await loadDossier(scope.db, objection.dossierId);
    fail(dossierError(row, 'objection.decided', `该异议已处理（${objection.outcome === 'upheld' ? '成立' : '不成立'}）`, `this objection was already decided (${objection.outcome})`, { field: 'outcome' }));
  }
  return objection;
}

async function decide(scope: WriteScope, clock: Clock, objection: Objection, outcome: 'upheld' | 'rejected', handling: string): Promise<Objection> {
  const decided: Objection = { ...objection, outcome, handling: handling.trim(), handledAt: clock.at };
  await scope.put('objections', decided, outcome === 'upheld' ? 'objection.uphold' : 'objection.reject');
  return decided;
}

/** 异议成立: records the handling; the dossier is reopened for scoring (its approval no longer holds). */
export function upholdObjection(db: XinpingDb, actor: Actor, objectionId: Id, input: { readonly handling: string }, options: LifecycleOptions = {}): Promise<Objection> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.decideObjection, async (scope) => {
    const objection = await openObjection(scope, objectionId);
    const row = await loadDossier(scope.db, objection.dossierId);
    if (isBlank(input.handling)) fail(reasonError(row, { zh: '异议成立', en: 'upholding an objection' }));
    const decided = await decide(scope, clock, objection, 'upheld', input.handling);
    if (row.state === 'objection') {
      await putDossier(scope, moved(unsettled(row), 'scoring', { objectionOutcome: 'upheld' }, clock.at), 'objection.uphold');
      const assessment = reopenAssessment(await loadAssessment(scope.db, row, clock.at), clock.at, row.grade);
      await scope.put('assessments', assessment, 'objection.uphold');
    }
    return decided;
  }, clock.write);
}

/** 异议不成立: records the reason; when no other objection to the dossier is open, it returns to 公示. */
export function rejectObjection(db: XinpingDb, actor: Actor, objectionId: Id, input: { readonly reason: string }, options: LifecycleOptions = {}): Promise<Objection> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.decideObjection, async (scope) => {
    const objection = await openObjection(scope, objectionId);
    const row = await loadDossier(scope.db, objection.dossierId);
    if (isBlank(input.reason)) fail(reasonError(row, { zh: '异议不成立', en: 'rejecting an objection' }));
    const decided = await decide(scope, clock, objection, 'rejected', input.reason);
    const others = await scope.db.objections.where('dossierId').equals(row.id).filter((o) => o.id !== objectionId && o.outcome === undefined).count();
    if (row.state === 'objection' && others === 0) await putDossier(scope, moved(row, 'notice', { objectionOutcome: 'rejected' }, clock.at), 'objection.reject');
    return decided;
  }, clock.write);
}

/** Objections of a batch (or of one dossier), in the order received. */
export async function objectionsFor(db: XinpingDb, scope: { readonly batchId: Id } | { readonly dossierId: Id }): Promise<Objection[]> {
  const rows = 'batchId' in scope ? await db.objections.where('batchId').equals(scope.batchId).toArray() : await db.objections.where('dossierId').equals(scope.dossierId).toArray();
  return rows.sort((a, b) => byText(a.receivedOn, b.receivedOn) || byText(a.id, b.id));
}
