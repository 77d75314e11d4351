// The reviewers' sheets side by side, one row per indicator (then bonus / penalty items), with
// the spread the consolidation flags: max − min of the scores given above the batch threshold,
// or reviewers disagreeing on whether the indicator applies at all.
import { listIndicators, type Checklist } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { indicatorItem } from '../../../shared/score-sheet';
import { scoreSheet } from '../../../shared/scoring';

export type ComparedCell = { readonly score: number | null; readonly isNotApplicable: boolean };

export type ComparisonRow = {
  readonly key: string;
  readonly kind: 'indicator' | 'bonus' | 'penalty';
  readonly group: string;
  readonly groupEn: string;
  readonly name: string;
  readonly nameEn: string;
  readonly max: number;
  readonly isKey: boolean;
  /** By reviewer id; absent when that sheet has no entry for the row. */
  readonly cells: Readonly<Record<string, ComparedCell>>;
  /** max − min of the scores given; null with fewer than two. */
  readonly spread: number | null;
  readonly isNotApplicableDisagreement: boolean;
  readonly isFlagged: boolean;
};

function cellsOf(sheets: readonly ScoreSheet[], id: string): Record<string, ComparedCell> {
  const cells: Record<string, ComparedCell> = {};
  for (const sheet of sheets) {
    const entry = sheet.scores.find((s) => s.indicatorId === id);
    if (entry) cells[sheet.reviewerId] = { score: entry.isNotApplicable ? null : entry.score, isNotApplicable: entry.isNotApplicable === true };
  }
  return cells;
}

function spreadOf(sheets: readonly ScoreSheet[], cells: Readonly<Record<string, ComparedCell>>): { spread: number | null; isNotApplicableDisagreement: boolean } {
  const given = Object.values(cells).flatMap((c) => (c.score === null ? [] : [c.score]));
  const naCount = Object.values(cells).filter((c) => c.isNotApplicable).length;
  // float noise (4.1 − 2.1) must not cross the threshold
  const spread = given.length < 2 ? null : Math.round((Math.max(...given) - Math.min(...given)) * 1e9) / 1e9;
  return { spread, isNotApplicableDisagreement: naCount > 0 && naCount < sheets.length };
}

/** Rows in checklist order; `threshold` is the batch's spread threshold (points on the indicator's scale). */
export function compareSheets(list: Checklist, sheets: readonly ScoreSheet[], threshold: number): ComparisonRow[] {
  const indicators = listIndicators(list).map(({ indicator, category }): ComparisonRow => {
    const cells = cellsOf(sheets, indicator.id);
    const { spread, isNotApplicableDisagreement } = spreadOf(sheets, cells);
    return {
      key: indicator.id,
      kind: 'indicator',
      group: category.name,
      groupEn: category.nameEn ?? category.name,
      name: indicator.name,
      nameEn: indicator.nameEn ?? indicator.name,
      max: indicatorItem(indicator).max,
      isKey: indicator.isKey,
      cells,
      spread,
      isNotApplicableDisagreement,
      isFlagged: (spread !== null && spread > threshold) || isNotApplicableDisagreement,
    };
  });
  const adjustments = list.adjustments.map((item): ComparisonRow => {
    const cells = cellsOf(sheets, item.id);
    const { spread } = spreadOf(sheets, cells);
    const isBonus = item.kind === 'bonus';
    return {
      key: item.id,
      kind: item.kind,
      group: isBonus ? '加分项' : '扣分项',
      groupEn: isBonus ? 'Bonus' : 'Penalty',
      name: item.name,
      nameEn: item.nameEn ?? item.name,
      max: item.maxPoints,
      isKey: false,
      cells,
      spread,
      isNotApplicableDisagreement: false,
      isFlagged: false,
    };
  });
  return [...indicators, ...adjustments.filter((row) => Object.keys(row.cells).length > 0)];
}

/** Each sheet's total (0–100, rounded as shown to users), or null while it cannot be scored. */
export function sheetTotals(list: Checklist, sheets: readonly ScoreSheet[]): Readonly<Record<string, number | null>> {
  const totals: Record<string, number | null> = {};
  for (const sheet of sheets) {
    const result = scoreSheet(list, sheet);
    totals[sheet.reviewerId] = result.ok ? result.value.total : null;
  }
  return totals;
}
