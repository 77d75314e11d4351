// Scoring one sheet against a checklist.
//   total = 100 × Σ wᵢ·(sᵢ / maxᵢ) / Σ wᵢ   over applicable indicators (N/A leaves both sums),
// so an indicator's weight, not its raw scale, decides how much it moves the total. Bonus and
// penalty points are then added / deducted on the 0–100 scale, the result is clamped to 0–100
// and rounded once with roundScore (one decimal, half-up). An unscored indicator earns nothing.
import type { IndicatorScore, ScoreSheet } from './model';
import { err, ok, userError, type Result, type UserError } from './errors';
import { indicatorMaxScore, indicatorWeight, listIndicators, type Checklist, type Indicator } from './checklist';
import { roundScore } from './rounding';

export type IndicatorResult = {
  readonly indicatorId: string;
  readonly categoryId: string;
  readonly weight: number;
  readonly maxScore: number;
  readonly score: number | null;
  readonly isNotApplicable: boolean;
  /** Points earned toward the weighted total: weight × score / maxScore. */
  readonly earned: number;
  readonly isFull: boolean;
};

export type SheetScore = {
  /** Weighted score on 0–100 before bonus / penalty, unrounded. */
  readonly base: number;
  readonly bonus: number;
  readonly penalty: number;
  /** base + bonus − penalty clamped to 0–100, unrounded (consolidation works on this). */
  readonly unrounded: number;
  /** The score shown to users: unrounded through roundScore. */
  readonly total: number;
  readonly applicableWeight: number;
  readonly indicators: readonly IndicatorResult[];
  readonly unscoredIndicatorIds: readonly string[];
  readonly isComplete: boolean;
  /** Every applicable key indicator has full marks (feeds cap rules such as "AAA needs …"). */
  readonly keyIndicatorsFull: boolean;
};

type SheetInput = Pick<ScoreSheet, 'scores' | 'triggeredVetoIds'>;

function entryErrors(list: Checklist, entry: IndicatorScore, index: number): UserError[] {
  const at = { path: `scores[${index}]`, field: entry.indicatorId };
  const indicator = list.categories.flatMap((c) => c.indicators).find((i) => i.id === entry.indicatorId);
  const adjustment = list.adjustments.find((a) => a.id === entry.indicatorId);
  if (!indicator && !adjustment) {
    return [userError('scoring.unknown_item', `指标“${entry.indicatorId}”不在该指标体系中`, `"${entry.indicatorId}" is not an item of this checklist`, at)];
  }
  const name = indicator?.name ?? adjustment?.name ?? entry.indicatorId;
  const max = indicator ? indicatorMaxScore(indicator) : (adjustment?.maxPoints ?? 0);
  if (entry.isNotApplicable) {
    if (indicator?.isNotApplicableAllowed) return [];
    return [userError('scoring.na_not_allowed', `“${name}”不允许选“不适用”`, `"${name}" cannot be marked not applicable`, at)];
  }
  if (entry.score === null) return [];
  if (!Number.isFinite(entry.score) || entry.score < 0 || entry.score > max) {
    return [userError('scoring.out_of_range', `“${name}”的得分 ${String(entry.score)} 超出 0–${max}`, `score ${String(entry.score)} for "${name}" is outside 0–${max}`, at)];
  }
  return [];
}

/** Problems that make a sheet unusable at any time: unknown items, out-of-range scores, bad N/A, unknown vetoes. */
export function sheetErrors(list: Checklist, sheet: SheetInput): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  sheet.scores.forEach((entry, index) => {
    if (seen.has(entry.indicatorId)) {
      errors.push(userError('scoring.duplicate', `“${entry.indicatorId}”被评了两次`, `"${entry.indicatorId}" is scored twice`, { path: `scores[${index}]`, field: entry.indicatorId }));
    }
    seen.add(entry.indicatorId);
    errors.push(...entryErrors(list, entry, index));
  });
  sheet.triggeredVetoIds.forEach((id, index) => {
    if (!list.vetoItems.some((v) => v.id === id)) {
      errors.push(userError('scoring.unknown_veto', `否决项“${id}”不在该指标体系中`, `veto item "${id}" is not in this checklist`, { path: `triggeredVetoIds[${index}]` }));
    }
  });
  return errors;
}

function evidenceError(indicator: Indicator, entry: IndicatorScore, index: number): UserError | null {
  const needed = indicator.requiredEvidence.length;
  const given = entry.evidenceIds?.length ?? 0;
  if (entry.isNotApplicable || needed === 0 || given >= needed) return null;
  return userError('scoring.evidence_missing', `“${indicator.name}”须附证明材料：${indicator.requiredEvidence.join('；')}（已附 ${given} 份，需 ${needed} 份）`,
    `"${indicator.nameEn ?? indicator.name}" needs evidence: ${indicator.requiredEvidence.join('; ')} (${given} of ${needed} attached)`, { path: `scores[${index}]`, field: indicator.id });
}

/** What blocks submitting a sheet: sheetErrors plus unscored indicators and missing required evidence. */
export function submissionErrors(list: Checklist, sheet: SheetInput): UserError[] {
  const errors = sheetErrors(list, sheet);
  for (const { indicator, path } of listIndicators(list)) {
    const index = sheet.scores.findIndex((s) => s.indicatorId === indicator.id);
    const entry = sheet.scores[index];
    if (!entry || (entry.score === null && !entry.isNotApplicable)) {
      errors.push(userError('scoring.unscored', `“${indicator.name}”尚未评分`, `"${indicator.nameEn ?? indicator.name}" has no score yet`, { path, field: indicator.id }));
      continue;
    }
    const missing = evidenceError(indicator, entry, index);
    if (missing) errors.push(missing);
  }
  return errors;
}

/** Scores a sheet (draft or submitted); unscored indicators count as zero and are listed. */
export function scoreSheet(list: Checklist, sheet: SheetInput): Result<SheetScore, readonly UserError[]> {
  const errors = sheetErrors(list, sheet);
  if (errors.length > 0) return err(errors);
  const byId = new Map(sheet.scores.map((s) => [s.indicatorId, s]));
  const indicators: IndicatorResult[] = listIndicators(list).map(({ indicator, category }) => {
    const entry = byId.get(indicator.id);
    const weight = indicatorWeight(indicator);
    const maxScore = indicatorMaxScore(indicator);
    const score = entry?.isNotApplicable ? null : (entry?.score ?? null);
    const isNotApplicable = entry?.isNotApplicable === true;
    return { indicatorId: indicator.id, categoryId: category.id, weight, maxScore, score, isNotApplicable, earned: score === null ? 0 : (weight * score) / maxScore, isFull: score === maxScore };
  });
  const applicable = indicators.filter((r) => !r.isNotApplicable);
  const applicableWeight = applicable.reduce((sum, r) => sum + r.weight, 0);
  if (applicableWeight === 0) {
    return err([userError('scoring.nothing_applicable', '所有指标都选了“不适用”，无法计分', 'every indicator is marked not applicable; there is nothing to score')]);
  }
  const base = (100 * applicable.reduce((sum, r) => sum + r.earned, 0)) / applicableWeight;
  const points = (kind: 'bonus' | 'penalty'): number =>
    list.adjustments.filter((a) => a.kind === kind).reduce((sum, a) => sum + (byId.get(a.id)?.score ?? 0), 0);
  const bonus = points('bonus');
  const penalty = points('penalty');
  const unrounded = Math.min(100, Math.max(0, base + bonus - penalty));
  const unscoredIndicatorIds = applicable.filter((r) => r.score === null).map((r) => r.indicatorId);
  const keyIds = new Set(listIndicators(list).filter((x) => x.indicator.isKey).map((x) => x.indicator.id));
  const keyIndicatorsFull = applicable.filter((r) => keyIds.has(r.indicatorId)).every((r) => r.isFull);
  return ok({ base, bonus, penalty, unrounded, total: roundScore(unrounded), applicableWeight, indicators, unscoredIndicatorIds, isComplete: unscoredIndicatorIds.length === 0, keyIndicatorsFull });
}
