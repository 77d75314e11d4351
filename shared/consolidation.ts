// Consolidating several reviewers' submitted sheets for one dossier into one score.
//   mean — arithmetic mean of the sheet totals;
//   median — middle total (mean of the two middle ones for an even count);
//   trimmed_mean — drop ONE highest and ONE lowest total when there are ≥ 3 sheets, then the mean
//                  (with 1–2 sheets nothing is dropped: it is the plain mean).
// Unrounded sheet totals are consolidated and the result is rounded once (roundScore).
// Per indicator, the spread (max − min of the raw scores) is flagged when above the batch threshold.
import type { ConsolidationRule, ScoreSheet } from './model';
import { err, ok, userError, type Result, type UserError } from './errors';
import { checklistHash, listIndicators, type Checklist } from './checklist';
import { scoreSheet, submissionErrors } from './scoring';
import { roundScore } from './rounding';

export type IndicatorSpread = {
  readonly indicatorId: string;
  readonly min: number | null;
  readonly max: number | null;
  /** max − min of the raw scores that were given (N/A excluded), 0 with fewer than two. */
  readonly spread: number;
  /** Some reviewers marked it N/A and others scored it. */
  readonly isNotApplicableDisagreement: boolean;
  readonly isFlagged: boolean;
};

export type Consolidation = {
  readonly rule: ConsolidationRule;
  readonly score: number;
  readonly sheetTotals: readonly { readonly sheetId: string; readonly reviewerId: string; readonly total: number; readonly unrounded: number }[];
  readonly spreads: readonly IndicatorSpread[];
  readonly flaggedIndicatorIds: readonly string[];
  /** Union of the veto items any reviewer raised, in checklist order. */
  readonly triggeredVetoIds: readonly string[];
  /** True only when every sheet gave full marks on every applicable key indicator. */
  readonly keyIndicatorsFull: boolean;
};

/** Consolidates numbers under a rule; an empty list is a programming error. */
export function consolidateValues(values: readonly number[], rule: ConsolidationRule): number {
  if (values.length === 0) throw new RangeError('consolidateValues: no values');
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sorted = [...values].sort((a, b) => a - b);
  if (rule === 'mean') return mean(sorted);
  if (rule === 'median') {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : mean(sorted.slice(mid - 1, mid + 1));
  }
  return sorted.length >= 3 ? mean(sorted.slice(1, -1)) : mean(sorted);
}

function spreadFor(indicatorId: string, sheets: readonly ScoreSheet[], threshold: number): IndicatorSpread {
  const entries = sheets.map((s) => s.scores.find((e) => e.indicatorId === indicatorId));
  const scores = entries.flatMap((e) => (e && !e.isNotApplicable && e.score !== null ? [e.score] : []));
  const naCount = entries.filter((e) => e?.isNotApplicable === true).length;
  const isNotApplicableDisagreement = naCount > 0 && naCount < sheets.length;
  const min = scores.length > 0 ? Math.min(...scores) : null;
  const max = scores.length > 0 ? Math.max(...scores) : null;
  // round away float noise so 4.1 − 2.1 is not flagged against a threshold of 2
  const spread = min === null || max === null ? 0 : Math.round((max - min) * 1e9) / 1e9;
  return { indicatorId, min, max, spread, isNotApplicableDisagreement, isFlagged: spread > threshold || isNotApplicableDisagreement };
}

function sheetProblems(list: Checklist, hash: string, sheet: ScoreSheet, index: number): UserError[] {
  const at = { path: `sheets[${index}]`, field: sheet.reviewerId };
  if (sheet.status !== 'submitted') {
    return [userError('consolidation.not_submitted', `评审员 ${sheet.reviewerId} 的评分表尚未提交`, `the sheet of reviewer ${sheet.reviewerId} is not submitted`, at)];
  }
  if (sheet.checklistHash !== hash) {
    return [userError('consolidation.checklist_mismatch', `评审员 ${sheet.reviewerId} 的评分表使用了另一版本的指标体系`, `the sheet of reviewer ${sheet.reviewerId} was made on a different checklist version`, at)];
  }
  return submissionErrors(list, sheet).map((e) => ({ ...e, at: { ...e.at, ...at, path: `${at.path}.${e.at?.path ?? ''}` } }));
}

export function consolidateSheets(list: Checklist, sheets: readonly ScoreSheet[], rule: ConsolidationRule, spreadThreshold: number): Result<Consolidation, readonly UserError[]> {
  if (sheets.length === 0) return err([userError('consolidation.no_sheets', '没有可汇总的评分表', 'there are no score sheets to consolidate')]);
  const hash = checklistHash(list);
  const problems = sheets.flatMap((sheet, i) => sheetProblems(list, hash, sheet, i));
  if (problems.length > 0) return err(problems);
  const sheetTotals = [];
  let keyIndicatorsFull = true;
  for (const sheet of sheets) {
    const scored = scoreSheet(list, sheet);
    if (!scored.ok) return scored;
    sheetTotals.push({ sheetId: sheet.id, reviewerId: sheet.reviewerId, total: scored.value.total, unrounded: scored.value.unrounded });
    keyIndicatorsFull &&= scored.value.keyIndicatorsFull;
  }
  const spreads = listIndicators(list).map(({ indicator }) => spreadFor(indicator.id, sheets, spreadThreshold));
  const raised = new Set(sheets.flatMap((s) => s.triggeredVetoIds));
  return ok({
    rule,
    score: roundScore(consolidateValues(sheetTotals.map((t) => t.unrounded), rule)),
    sheetTotals,
    spreads,
    flaggedIndicatorIds: spreads.filter((s) => s.isFlagged).map((s) => s.indicatorId),
    triggeredVetoIds: list.vetoItems.filter((v) => raised.has(v.id)).map((v) => v.id),
    keyIndicatorsFull,
  });
}
