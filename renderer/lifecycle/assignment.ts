// Assignment: the supervisor gives each dossier one or more reviewers; a dossier that passed
// first review moves on to scoring (测评). Each reviewer's queue is read from the *reviewerIds index.
import { userError } from '../../shared/errors';
import { dossierError } from '../../shared/lifecycle/labels';
import type { DossierState, ScoreSheet } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { byText, clockOf, fail, loadDossier, moved, putDossier, type LifecycleOptions } from './context';

const ASSIGNABLE: ReadonlySet<DossierState> = new Set(['screened', 'scoring']);

export type AssignInput = { readonly dossierIds: readonly string[]; readonly reviewerIds: readonly string[] };

/** Sets the reviewers of each dossier (replacing the previous list) in one transaction. */
export function assignReviewers(db: XinpingDb, actor: Actor, input: AssignInput, options: LifecycleOptions = {}): Promise<DossierRow[]> {
  const clock = clockOf(options);
  const reviewerIds = [...new Set(input.reviewerIds.map((r) => r.trim()))];
  return write(db, actor, OPERATIONS.assignReviewers, async (scope) => {
    if (reviewerIds.length === 0 || reviewerIds.includes('')) {
      fail(userError('assignment.no_reviewer', '请至少指派一名评审员（名称不能为空）', 'assign at least one reviewer (names cannot be blank)', { field: 'reviewerIds' }));
    }
    const saved: DossierRow[] = [];
    for (const id of input.dossierIds) {
      const row = await loadDossier(scope.db, id);
      if (!ASSIGNABLE.has(row.state)) {
        fail(dossierError(row, 'assignment.state', '只有初审通过或测评中的档案可以指派评审员', 'only a dossier that passed first review or is being scored can be assigned', { field: 'state' }));
      }
      const changes = { reviewerIds };
      const next = row.state === 'screened' ? moved(row, 'scoring', { reviewerCount: reviewerIds.length }, clock.at, changes) : { ...row, ...changes, updatedAt: clock.at };
      await putDossier(scope, next, 'dossier.assign');
      saved.push(next);
    }
    return saved;
  }, clock.write);
}

export type SheetStatus = 'none' | 'draft' | 'submitted';

export type QueueItem = {
  readonly dossier: DossierRow;
  readonly sheetStatus: SheetStatus;
  /** The supervisor's latest reason for sending this reviewer's sheet back, when it is still open. */
  readonly rescoreReason?: string;
};

/** A reviewer's own work: dossiers that list them, optionally in some states only; by batch, then enterprise. */
export async function reviewerQueue(db: XinpingDb, reviewerId: string, filter: { readonly states?: readonly DossierState[] } = {}): Promise<QueueItem[]> {
  const rows = await db.dossiers.where('reviewerIds').equals(reviewerId).toArray();
  const wanted = filter.states ? new Set(filter.states) : null;
  const selected = rows.filter((r) => wanted === null || wanted.has(r.state));
  selected.sort((a, b) => byText(a.batchId, b.batchId) || byText(a.enterpriseName, b.enterpriseName) || byText(a.id, b.id));
  const sheets = await Promise.all(selected.map((r) => db.scoreSheets.where('[dossierId+reviewerId]').equals([r.id, reviewerId]).first()));
  const assessments = await db.assessments.bulkGet(selected.map((r) => r.id));
  return selected.map((dossier, i) => {
    const sheet: ScoreSheet | undefined = sheets[i];
    const sheetStatus: SheetStatus = sheet ? sheet.status : 'none';
    const request = assessments[i]?.rescoreRequests.filter((q) => q.reviewerId === reviewerId).at(-1);
    return { dossier, sheetStatus, ...(request && sheetStatus === 'draft' ? { rescoreReason: request.reason } : {}) };
  });
}
