// The supervisor's assessment of a dossier: the consolidated score, the grade it earns on the
// batch's scale, an override with its reason, approval and exclusion. Pure functions over records.
import type { VetoItem } from '../checklist';
import type { Consolidation } from '../consolidation';
import { err, ok, userError, type Result } from '../errors';
import { formatGradeLabel, gradeFor, parseGradeLabel, type GradeScale } from '../grade-scale';
import type { Id, IsoInstant } from '../model';
import { roundScore } from '../rounding';
import type { Assessment, AssessmentOverride, ConsolidationSummary, GradeProposal } from './types';

export function emptyAssessment(dossierId: Id, batchId: Id, at: IsoInstant): Assessment {
  return { dossierId, batchId, rescoreRequests: [], updatedAt: at };
}

export function summariseConsolidation(c: Consolidation, threshold: number, at: IsoInstant): ConsolidationSummary {
  return {
    rule: c.rule,
    score: c.score,
    threshold,
    sheetTotals: c.sheetTotals.map(({ sheetId, reviewerId, total }) => ({ sheetId, reviewerId, total })),
    flagged: c.spreads.filter((s) => s.isFlagged).map(({ indicatorId, min, max, spread, isNotApplicableDisagreement }) => ({ indicatorId, min, max, spread, isNotApplicableDisagreement })),
    triggeredVetoIds: c.triggeredVetoIds,
    keyIndicatorsFull: c.keyIndicatorsFull,
    at,
  };
}

export type GradeInputs = {
  readonly scale: GradeScale;
  readonly vetoItems: readonly VetoItem[];
};

/** Grade earned by the consolidation, then the override (if any) on top. */
export function proposeGrade(summary: ConsolidationSummary | undefined, override: Pick<AssessmentOverride, 'score' | 'grade'> | undefined, inputs: GradeInputs): Result<GradeProposal> {
  const score = override?.score ?? summary?.score;
  if (score === undefined) {
    return err(userError('assessment.no_score', '尚无汇总得分，调整等级时须同时给出分数', 'there is no consolidated score; an override must give a score as well', { field: 'score' }));
  }
  const vetoes = inputs.vetoItems.filter((v) => summary?.triggeredVetoIds.includes(v.id));
  const outcome = gradeFor(score, { scale: inputs.scale, keyIndicatorsFull: summary?.keyIndicatorsFull ?? true, vetoes });
  const isOverride = override?.score !== undefined || override?.grade !== undefined;
  return ok({
    score: outcome.score,
    grade: override?.grade ?? outcome.grade,
    scoreGrade: outcome.scoreGrade,
    reasons: outcome.reasons,
    source: isOverride ? 'override' : 'consolidation',
  });
}

/** An override's values, checked: score 0–100 (one decimal), grade a label of the scale (normalised). */
export function checkOverride(input: { readonly score?: number; readonly grade?: string }, scale: GradeScale): Result<{ readonly score?: number; readonly grade?: string }> {
  if (input.score === undefined && input.grade === undefined) {
    return err(userError('assessment.override_empty', '调整须给出分数或等级', 'an override gives a score, a grade or both', { field: 'score' }));
  }
  if (input.score !== undefined && (!Number.isFinite(input.score) || input.score < 0 || input.score > 100)) {
    return err(userError('assessment.override_score', `分数 ${String(input.score)} 不在 0–100 之间`, `score ${String(input.score)} is not within 0–100`, { field: 'score' }));
  }
  let grade: string | undefined;
  if (input.grade !== undefined) {
    const label = parseGradeLabel(input.grade, scale);
    if (!label.ok) return label;
    grade = formatGradeLabel(label.value);
  }
  return ok({ ...(input.score !== undefined ? { score: roundScore(input.score) } : {}), ...(grade !== undefined ? { grade } : {}) });
}

/** Scoring reopens: the proposal, acceptance, override and approval no longer hold. */
export function reopenAssessment(a: Assessment, at: IsoInstant, noticeGrade?: string): Assessment {
  const { proposal: _p, accepted: _a, override: _o, approval: _ap, ...rest } = a;
  return { ...rest, ...(noticeGrade !== undefined ? { noticeGrade } : {}), updatedAt: at };
}

/** Approved, and the approval is for the current proposal. */
export function isApproved(a: Assessment | undefined): boolean {
  return a?.approval !== undefined && a.proposal?.grade === a.approval.grade;
}

export function isExcluded(a: Assessment | undefined): boolean {
  return a?.exclusion !== undefined;
}
