// What the 评审与初评 page offers for a dossier: the stage filters and, per workflow state and
// role, the actions. Pure, so the rules are tested without a browser; the write path still checks roles.
import { isApproved, isExcluded } from '../../../shared/lifecycle/assessment';
import type { Assessment } from '../../../shared/lifecycle/types';
import type { Batch, DossierState, Role, ScoreSheet } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';

export const STAGES = ['all', 'screening', 'returned', 'assignment', 'scoring', 'grading', 'published'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_STATES: Readonly<Record<Exclude<Stage, 'all'>, readonly DossierState[]>> = {
  screening: ['applied'],
  returned: ['returned'],
  assignment: ['screened'],
  scoring: ['scoring'],
  grading: ['initial_grade'],
  published: ['notice', 'objection', 'final', 'archived'],
};

/** The states a stage filter shows; null for every state. */
export function statesOf(stage: Stage): readonly DossierState[] | null {
  return stage === 'all' ? null : STAGE_STATES[stage];
}

export type ReviewAction =
  | 'screen'
  | 'resubmit'
  | 'history'
  | 'assign'
  | 'score'
  | 'consolidate'
  | 'approve'
  | 'exclude'
  | 'reinstate';

export type ActionContext = {
  readonly state: DossierState;
  readonly role: Role;
  readonly actor: string;
  readonly reviewerIds: readonly string[];
  readonly batchStatus: Batch['status'];
  readonly assessment: Assessment | undefined;
  readonly sheetCount: number;
  readonly hasScreenings: boolean;
};

/** The actions shown on a dossier's row, in display order. */
export function actionsFor(c: ActionContext): ReviewAction[] {
  const can = (op: keyof typeof OPERATIONS): boolean => isAllowed(c.role, OPERATIONS[op]);
  const isOpen = c.batchStatus === 'open' || c.batchStatus === 'notice';
  const excluded = isExcluded(c.assessment);
  const out: ReviewAction[] = [];
  if (c.state === 'applied' && can('screenDossier')) out.push('screen');
  if (c.state === 'returned' && can('resubmitDossier')) out.push('resubmit');
  if ((c.state === 'screened' || c.state === 'scoring') && can('assignReviewers') && !excluded) out.push('assign');
  if (c.state === 'scoring' && can('saveScoreDraft') && c.reviewerIds.includes(c.actor)) out.push('score');
  // Reviewers score independently and never compare sheets; staff may look, supervisors decide.
  if ((c.state === 'scoring' || c.state === 'initial_grade') && c.role !== 'reviewer' && c.sheetCount > 0) out.push('consolidate');
  if (c.state === 'initial_grade' && can('approveGrades') && !excluded && !isApproved(c.assessment) && c.assessment?.proposal?.grade) out.push('approve');
  if (isOpen && can('excludeDossier') && !excluded && c.state !== 'final' && c.state !== 'archived') out.push('exclude');
  if (c.batchStatus === 'open' && can('excludeDossier') && excluded) out.push('reinstate');
  if (c.hasScreenings) out.push('history');
  return out;
}

export type SheetSummary = { readonly submitted: number; readonly draft: number; readonly assigned: number };

/** How many of the assigned reviewers have submitted (sheets of unassigned reviewers do not count). */
export function sheetSummary(reviewerIds: readonly string[], sheets: readonly ScoreSheet[]): SheetSummary {
  const mine = sheets.filter((s) => reviewerIds.includes(s.reviewerId));
  return {
    submitted: mine.filter((s) => s.status === 'submitted').length,
    draft: mine.filter((s) => s.status === 'draft').length,
    assigned: reviewerIds.length,
  };
}

/** Dossiers whose grade can be approved in one go: proposed, not vetoed, not yet approved, not excluded. */
export function approvable(rows: readonly { readonly state: DossierState; readonly assessment: Assessment | undefined }[]): boolean {
  return rows.length > 0 && rows.every((r) => r.state === 'initial_grade' && !isExcluded(r.assessment) && !isApproved(r.assessment) && typeof r.assessment?.proposal?.grade === 'string');
}

/** Dossiers that can be (re)assigned together. */
export function assignable(rows: readonly { readonly state: DossierState; readonly assessment: Assessment | undefined }[]): boolean {
  return rows.length > 0 && rows.every((r) => (r.state === 'screened' || r.state === 'scoring') && !isExcluded(r.assessment));
}
