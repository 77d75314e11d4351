import { describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../../../shared/model';
import { defaultChecklist } from '../../../shared/resources';
import { compareSheets, sheetTotals } from '../../../renderer/features/review/sheet-comparison';
import { fullSheet } from '../lifecycle/fixtures';

const byKey = (rows: ReturnType<typeof compareSheets>, key: string): ReturnType<typeof compareSheets>[number] => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('sheets side by side', () => {
  const jia = fullSheet('d', '评审员甲', { 'finance.growth': 3 });
  const yi = fullSheet('d', '评审员乙', { 'finance.solvency': 2, 'finance.profitability': 4, 'finance.growth': 3 });

  it('flags a spread above the threshold, not one at it', () => {
    const rows = compareSheets(defaultChecklist, [jia, yi], 2);
    expect(byKey(rows, 'finance.solvency')).toMatchObject({ spread: 4, isFlagged: true, cells: { 评审员甲: { score: 6 }, 评审员乙: { score: 2 } } });
    expect(byKey(rows, 'finance.profitability')).toMatchObject({ spread: 2, isFlagged: false });
    expect(byKey(rows, 'finance.growth')).toMatchObject({ spread: 0, isFlagged: false });
    expect(rows.filter((r) => r.isFlagged).map((r) => r.key)).toEqual(['finance.solvency']);
  });

  it('keeps checklist order and names each row with its category', () => {
    const rows = compareSheets(defaultChecklist, [jia, yi], 2);
    expect(rows[0]).toMatchObject({ key: 'basic.qualification', kind: 'indicator', group: '基本素质', name: '企业资质与许可', max: 5, isKey: true });
  });

  it('flags reviewers who disagree on whether an indicator applies', () => {
    const na: ScoreSheet = { ...yi, scores: yi.scores.map((s) => (s.indicatorId === 'finance.growth' ? { indicatorId: s.indicatorId, score: null, isNotApplicable: true } : s)) };
    const row = byKey(compareSheets(defaultChecklist, [jia, na], 2), 'finance.growth');
    expect(row).toMatchObject({ spread: null, isNotApplicableDisagreement: true, isFlagged: true, cells: { 评审员乙: { score: null, isNotApplicable: true } } });
  });

  it('ignores float noise at the threshold', () => {
    const a = fullSheet('d', 'a', { 'finance.solvency': 4.1 });
    const b = fullSheet('d', 'b', { 'finance.solvency': 2.1 });
    expect(byKey(compareSheets(defaultChecklist, [a, b], 2), 'finance.solvency').isFlagged).toBe(false);
  });

  it('shows a lone sheet without a spread, and a missing entry as absent', () => {
    const partial: ScoreSheet = { ...jia, scores: jia.scores.filter((s) => s.indicatorId !== 'credit.tax') };
    const rows = compareSheets(defaultChecklist, [partial], 2);
    expect(byKey(rows, 'credit.tax')).toMatchObject({ cells: {}, spread: null, isFlagged: false });
    expect(rows.some((r) => r.isFlagged)).toBe(false);
  });

  it('totals each sheet as reviewers see it, and gives none for a sheet that cannot be scored', () => {
    const empty: ScoreSheet = { ...yi, reviewerId: '丙', scores: yi.scores.map((s) => ({ indicatorId: s.indicatorId, score: null, isNotApplicable: true })) };
    expect(sheetTotals(defaultChecklist, [jia, yi, empty])).toEqual({ 评审员甲: 99, 评审员乙: 93, 丙: null });
  });
});
