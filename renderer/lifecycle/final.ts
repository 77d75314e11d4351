// 终评: after the notice period, with every objection decided and every correction published,
// grades are fixed, certificates numbered (serials reserved in this same transaction) and the
// announcement (公告) snapshot stored and returned.
import { userError } from '../../shared/errors';
import { parseIsoDate } from '../../shared/iso-date';
import { issueCertificate } from '../../shared/lifecycle/certificate-state';
import { finalGateError, findFinalBlockers, type Blocker } from '../../shared/lifecycle/gates';
import { nameList } from '../../shared/lifecycle/labels';
import type { LifecycleSnapshot } from '../../shared/lifecycle/snapshot';
import type { Certificate, NoticeRelease } from '../../shared/lifecycle/types';
import { validityFrom } from '../../shared/lifecycle/validity';
import type { IsoDate } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { reserveSerialsIn } from './certificates';
import { batchAssessments, batchDossiers, clockOf, fail, loadBatch, loadScale, moved, putDossier, type LifecycleOptions } from './context';
import { pendingCorrections } from './corrections';
import { addRelease, listing, RELEASE_ACTIONS, snapshotFor } from './listing';
import { currentNoticePeriod } from './notice';

export type FinalInput = {
  /** The day grades become final; certificates are valid from it. Must be after the notice period. */
  readonly finalOn: IsoDate;
  readonly isCreditCodeShown?: boolean;
};

export type FinalResult = { readonly certificates: readonly Certificate[]; readonly snapshot: LifecycleSnapshot; readonly release: NoticeRelease };

/** Listed dossiers that keep the batch from 终评 (open objections, re-scoring not finished). */
export async function finalBlockers(db: XinpingDb, batchId: string): Promise<Blocker[]> {
  const rows = await batchDossiers(db, batchId);
  const assessments = await batchAssessments(db, batchId);
  const open = new Set((await db.objections.where('batchId').equals(batchId).toArray()).filter((o) => o.outcome === undefined).map((o) => o.dossierId));
  const byState = findFinalBlockers(rows, assessments);
  const stillOpen = rows.filter((r) => open.has(r.id) && !byState.some((b) => b.dossierId === r.id));
  return [...byState, ...stillOpen.map((r) => ({ dossierId: r.id, enterpriseName: r.enterpriseName, state: r.state, reason: 'open_objection' as const }))];
}

export function finaliseBatch(db: XinpingDb, actor: Actor, batchId: string, input: FinalInput, options: LifecycleOptions = {}): Promise<FinalResult> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.finaliseBatch, async (scope) => {
    const batch = await loadBatch(scope.db, batchId);
    if (batch.status !== 'notice') fail(userError('final.batch_state', `「${batch.title}」${batch.status === 'open' ? '尚未公示' : '已终评'}`, `${batch.title} is ${batch.status === 'open' ? 'not yet in notice' : 'already final'}`, { field: 'status', path: batch.id }));
    const day = parseIsoDate(input.finalOn, { field: 'finalOn' });
    if (!day.ok) fail(day.error);
    const period = await currentNoticePeriod(scope.db, batchId);
    if (input.finalOn <= period.end) {
      fail(userError('final.notice_not_over', `「${batch.title}」公示期至 ${period.end} 结束，${input.finalOn} 尚不能终评`, `${batch.title}: the notice period runs to ${period.end}; it cannot be finalised on ${input.finalOn}`, { field: 'finalOn', path: batch.id }));
    }
    const blockers = await finalBlockers(scope.db, batchId);
    if (blockers.length > 0) fail(finalGateError(batch.title, blockers));
    const pending = await pendingCorrections(scope.db, batchId);
    if (pending.length > 0) {
      const names = nameList(pending.map((c) => c.name));
      fail(userError('final.correction_pending', `「${batch.title}」有等级变更尚未发布更正公示：${names.zh}`, `${batch.title} has grade changes not yet published in a corrected notice: ${names.en}`, { path: batch.id }));
    }
    const [rows, assessments] = [await batchDossiers(scope.db, batchId), await batchAssessments(scope.db, batchId)];
    const { rows: chosen, listed } = await listing(scope.db, rows, assessments, new Set(['notice']));
    // number in the order the announcement prints them
    const { entries } = await snapshotFor(scope.db, { batch, period, issuedOn: input.finalOn, listed });
    const serials = await reserveSerialsIn(scope, clock, batch.year, batch.associationNumber, entries.length);
    const validity = validityFrom(input.finalOn);
    if (!validity.ok) fail(validity.error);
    const scale = await loadScale(scope.db, batch);
    const byId = new Map(chosen.map((r) => [r.id, r]));
    const certificates: Certificate[] = [];
    const finalRows: DossierRow[] = [];
    for (const [i, entry] of entries.entries()) {
      const row = byId.get(entry.dossierId);
      if (!row) continue;
      const issue = { dossierId: row.id, batchId, enterpriseId: row.enterpriseId, enterpriseName: row.enterpriseName, year: batch.year, associationNumber: batch.associationNumber, grade: entry.grade, serial: serials[i] ?? 0, validity: validity.value };
      const cert = issueCertificate(issue, scale, clock.stamp(actor));
      if (!cert.ok) fail(cert.error);
      await scope.add('certificates', cert.value, 'certificate.issue');
      const next = moved(row, 'final', { isNoticeOver: true, openObjectionCount: 0 }, clock.at, { certificateNumber: cert.value.number });
      await putDossier(scope, next, 'dossier.finalise');
      certificates.push(cert.value);
      finalRows.push(next);
    }
    await scope.put('batches', { ...batch, status: 'final', updatedAt: clock.at }, 'batch.finalise');
    const objections = await scope.db.objections.where('batchId').equals(batchId).toArray();
    const tally = { received: objections.length, upheld: objections.filter((o) => o.outcome === 'upheld').length };
    const announced = await listing(scope.db, finalRows, assessments, new Set(['final']));
    const { snapshot, entries: printed } = await snapshotFor(scope.db, { batch, period, issuedOn: input.finalOn, listed: announced.listed, objections: tally, ...(input.isCreditCodeShown === undefined ? {} : { isCreditCodeShown: input.isCreditCodeShown }) });
    const release = await addRelease(scope, clock, actor, batchId, { kind: 'announcement', period, issuedOn: input.finalOn, snapshot, entries: printed, corrections: [] }, RELEASE_ACTIONS.announcement);
    return { certificates, snapshot, release };
  }, clock.write);
}
