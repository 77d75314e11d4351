import { describe, expect, it } from 'vitest';
import type { IndicatorScore, ScoreSheet } from '../../../shared/model';
import { checklistHash } from '../../../shared/checklist';
import { consolidateSheets, consolidateValues } from '../../../shared/consolidation';
import { smallChecklist } from './fixtures/checklists';

const list = smallChecklist();
const hash = checklistHash(list);

function sheet(reviewerId: string, heavy: number, light: number | 'na', points: number, extra: Partial<ScoreSheet> = {}): ScoreSheet {
  const scores: IndicatorScore[] = [
    { indicatorId: 'a.heavy', score: heavy, evidenceIds: ['e1', 'e2'] },
    light === 'na' ? { indicatorId: 'a.light', score: null, isNotApplicable: true } : { indicatorId: 'a.light', score: light },
    { indicatorId: 'b.points', score: points },
    { indicatorId: 'b.optional', score: 10 },
  ];
  return { id: `sheet-${reviewerId}`, dossierId: 'd1', reviewerId, checklistHash: hash, scores, triggeredVetoIds: [], status: 'submitted', updatedAt: '2015-07-01T00:00:00.000Z', ...extra };
}

describe('consolidation rules', () => {
  it.each([
    ['mean', [70, 80, 90, 100], 85],
    ['median', [70, 80, 90, 100], 85],
    ['median', [70, 100, 80], 80],
    ['trimmed_mean', [60, 80, 90, 100], 85],
    ['trimmed_mean', [10, 80, 90], 80],
    ['trimmed_mean', [80, 90], 85],
    ['mean', [88], 88],
  ] as const)('%s of %j is %d', (rule, values, expected) => {
    expect(consolidateValues(values, rule)).toBe(expected);
  });

  it('trimmed mean drops only one outlier at each end', () => {
    expect(consolidateValues([50, 50, 90, 90, 90], 'trimmed_mean')).toBeCloseTo(76.667, 3);
  });

  it('consolidates sheet totals and rounds once', () => {
    // totals: 100, 92 (light 3/5), 84 (heavy 3/5)
    const sheets = [sheet('r1', 5, 5, 30), sheet('r2', 5, 3, 30), sheet('r3', 3, 5, 30)];
    const mean = consolidateSheets(list, sheets, 'mean', 2);
    const trimmed = consolidateSheets(list, sheets, 'trimmed_mean', 2);
    expect(mean.ok && mean.value.sheetTotals.map((t) => t.total)).toEqual([100, 92, 84]);
    expect(mean.ok && mean.value.score).toBe(92);
    expect(trimmed.ok && trimmed.value.score).toBe(92);
    const skewed = consolidateSheets(list, [sheet('r1', 5, 5, 30), sheet('r2', 5, 5, 29), sheet('r3', 1, 1, 0)], 'trimmed_mean', 2);
    expect(skewed.ok && skewed.value.score).toBe(99);
  });

  it('flags an indicator whose scores spread more than the threshold', () => {
    const r = consolidateSheets(list, [sheet('r1', 5, 5, 30), sheet('r2', 2, 4, 29)], 'mean', 2);
    expect(r.ok && r.value.flaggedIndicatorIds).toEqual(['a.heavy']);
    expect(r.ok && r.value.spreads.find((x) => x.indicatorId === 'a.heavy')?.spread).toBe(3);
    const relaxed = consolidateSheets(list, [sheet('r1', 5, 5, 30), sheet('r2', 2, 4, 29)], 'mean', 3);
    expect(relaxed.ok && relaxed.value.flaggedIndicatorIds).toEqual([]);
  });

  it('does not flag a float-noise spread equal to the threshold', () => {
    const r = consolidateSheets(list, [sheet('r1', 5, 5, 28.1), sheet('r2', 5, 5, 26.1)], 'mean', 2);
    expect(r.ok && r.value.flaggedIndicatorIds).toEqual([]);
  });

  it('flags reviewers disagreeing on N/A', () => {
    const r = consolidateSheets(list, [sheet('r1', 5, 'na', 30), sheet('r2', 5, 5, 30)], 'mean', 2);
    expect(r.ok && r.value.flaggedIndicatorIds).toEqual(['a.light']);
  });

  it('unions the vetoes any reviewer raised', () => {
    const r = consolidateSheets(list, [sheet('r1', 5, 5, 30, { triggeredVetoIds: ['veto.cap'] }), sheet('r2', 5, 5, 30)], 'median', 2);
    expect(r.ok && r.value.triggeredVetoIds).toEqual(['veto.cap']);
  });

  it.each([
    ['no sheets', [], 'consolidation.no_sheets'],
    ['a draft sheet', [sheet('r1', 5, 5, 30, { status: 'draft' })], 'consolidation.not_submitted'],
    ['another checklist version', [sheet('r1', 5, 5, 30, { checklistHash: 'f'.repeat(64) })], 'consolidation.checklist_mismatch'],
    ['missing evidence', [sheet('r1', 5, 5, 30, { scores: [{ indicatorId: 'a.heavy', score: 5 }, { indicatorId: 'a.light', score: 5 }, { indicatorId: 'b.points', score: 30 }, { indicatorId: 'b.optional', score: 1 }] })], 'scoring.evidence_missing'],
  ] as const)('refuses %s', (_label, sheets, code) => {
    const r = consolidateSheets(list, sheets, 'mean', 2);
    expect(r.ok ? [] : r.error.map((e) => e.code)).toContain(code);
  });
});
