// 初评 approval: the supervisor approves proposed grades, or excludes a dossier from the notice
// with a reason. A dossier re-graded during 公示 goes straight back to notice on approval, and
// a changed grade flags a corrected notice.
import { findNoticeBlockers, type Blocker } from '../../shared/lifecycle/gates';
import { dossierError, isBlank, reasonError } from '../../shared/lifecycle/labels';
import type { Assessment } from '../../shared/lifecycle/types';
import { OPERATIONS } from '../../shared/operations';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { batchAssessments, batchDossiers, clockOf, fail, loadAssessment, loadBatch, loadDossier, moved, putDossier, type LifecycleOptions } from './context';
import { flagCorrection } from './corrections';

/** Approves the proposed grade of each dossier (all or nothing). */
export function approveGrades(db: XinpingDb, actor: Actor, dossierIds: readonly string[], options: LifecycleOptions = {}): Promise<DossierRow[]> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.approveGrades, async (scope) => {
    const saved: DossierRow[] = [];
    for (const id of dossierIds) {
      const row = await loadDossier(scope.db, id);
      const batch = await loadBatch(scope.db, row.batchId);
      const before = await loadAssessment(scope.db, row, clock.at);
      if (row.state !== 'initial_grade') fail(dossierError(row, 'approval.state', '只有初评中的档案可以批准等级', 'only a dossier in initial grading can have its grade approved', { field: 'state' }));
      const proposal = before.proposal;
      if (!proposal) fail(dossierError(row, 'approval.no_proposal', '尚无拟定等级', 'there is no proposed grade', { field: 'grade' }));
      if (proposal.grade === null) {
        fail(dossierError(row, 'approval.not_rated', '按否决规则不予评级，不能批准；请注明原因后不列入公示', 'a veto means it is not rated; it cannot be approved, exclude it with a reason instead', { field: 'grade' }));
      }
      const grade = proposal.grade;
      const assessment: Assessment = { ...before, approval: { grade, score: proposal.score, ...clock.stamp(actor) }, updatedAt: clock.at };
      const changes = { grade, score: proposal.score };
      const isReNotice = batch.status === 'notice';
      const next = isReNotice ? moved(row, 'notice', { approvedGrade: grade }, clock.at, changes) : { ...row, ...changes, updatedAt: clock.at };
      await putDossier(scope, next, 'dossier.grade.approve');
      await scope.put('assessments', assessment, 'dossier.grade.approve');
      if (isReNotice) await flagCorrection(scope, clock, actor, next, assessment, grade);
      saved.push(next);
    }
    return saved;
  }, clock.write);
}

/** Leaves a dossier out of the notice (withdrawn, not rated, …); during 公示 this flags a correction. */
export function excludeDossier(db: XinpingDb, actor: Actor, dossierId: string, reason: string, options: LifecycleOptions = {}): Promise<Assessment> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.excludeDossier, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    if (isBlank(reason)) fail(reasonError(row, { zh: '不列入公示', en: 'excluding from the notice' }));
    const batch = await loadBatch(scope.db, row.batchId);
    if (batch.status !== 'open' && batch.status !== 'notice') fail(dossierError(row, 'exclusion.batch_final', '批次已终评，不能再调整公示名单', 'the batch is final; its list can no longer change', { field: 'status' }));
    const before = await loadAssessment(scope.db, row, clock.at);
    if (before.exclusion) fail(dossierError(row, 'exclusion.already', `已不列入公示（${before.exclusion.reason}）`, `is already excluded (${before.exclusion.reason})`, { field: 'exclusion' }));
    const assessment: Assessment = { ...before, exclusion: { reason: reason.trim(), ...clock.stamp(actor) }, updatedAt: clock.at };
    await scope.put('assessments', assessment, 'dossier.exclude');
    if (batch.status === 'notice') await flagCorrection(scope, clock, actor, row, assessment, null);
    return assessment;
  }, clock.write);
}

/** Takes an exclusion back, before 公示 only. */
export function reinstateDossier(db: XinpingDb, actor: Actor, dossierId: string, options: LifecycleOptions = {}): Promise<Assessment> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.excludeDossier, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    const batch = await loadBatch(scope.db, row.batchId);
    if (batch.status !== 'open') fail(dossierError(row, 'exclusion.batch_not_open', '公示开始后不能恢复列入', 'cannot be put back on the list once the notice has started', { field: 'status' }));
    const { exclusion, ...rest } = await loadAssessment(scope.db, row, clock.at);
    if (!exclusion) fail(dossierError(row, 'exclusion.none', '并未被排除', 'is not excluded', { field: 'exclusion' }));
    const assessment: Assessment = { ...rest, updatedAt: clock.at };
    await scope.put('assessments', assessment, 'dossier.reinstate');
    return assessment;
  }, clock.write);
}

/** Dossiers that keep the batch out of 公示, with their enterprise names and states. */
export async function noticeBlockers(db: XinpingDb, batchId: string): Promise<Blocker[]> {
  const [rows, assessments] = await Promise.all([batchDossiers(db, batchId), batchAssessments(db, batchId)]);
  return findNoticeBlockers(rows, assessments);
}
