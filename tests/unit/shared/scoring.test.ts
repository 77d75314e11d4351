import { describe, expect, it } from 'vitest';
import type { IndicatorScore } from '../../../shared/model';
import { formatScore, roundScore } from '../../../shared/rounding';
import { scoreSheet, submissionErrors } from '../../../shared/scoring';
import { listIndicators, parseChecklist } from '../../../shared/checklist';
import { defaultChecklist } from '../../../shared/resources';
import { rawSmallChecklist, smallChecklist } from './fixtures/checklists';

const list = smallChecklist();
const s = (indicatorId: string, score: number | null, extra: Partial<IndicatorScore> = {}): IndicatorScore => ({ indicatorId, score, ...extra });
const sheet = (scores: IndicatorScore[], triggeredVetoIds: string[] = []): { scores: IndicatorScore[]; triggeredVetoIds: string[] } => ({ scores, triggeredVetoIds });
const total = (scores: IndicatorScore[]): number => {
  const r = scoreSheet(list, sheet(scores));
  if (!r.ok) throw new Error(r.error.map((e) => e.en).join('; '));
  return r.value.total;
};

describe('the rounding rule: one decimal, half-up', () => {
  it.each([
    [84.45, 84.5], [84.44, 84.4], [84.449999, 84.4], [0.05, 0.1], [0.15, 0.2], [2.65, 2.7], [1.005, 1],
    [89.95, 90], [99.95, 100], [100, 100], [0, 0], [0.04999, 0], [70.25, 70.3], [70.35, 70.4], [33.333333, 33.3],
    [0.1 + 0.2, 0.3], [0.3 + 0.35, 0.7], [1.4 + 0.95, 2.4], [62.3 + 1.85, 64.2], [-2.25, -2.3], [-0.04, 0],
  ])('%d → %d', (input, expected) => {
    expect(roundScore(input)).toBe(expected);
  });

  it('always shows one decimal', () => {
    expect(formatScore(90)).toBe('90.0');
    expect(formatScore(84.45)).toBe('84.5');
  });

  it.each([Number.NaN, Infinity, -Infinity])('refuses %d', (x) => {
    expect(() => roundScore(x)).toThrow(RangeError);
  });
});

describe('weighted scoring', () => {
  const full = [s('a.heavy', 5), s('a.light', 5), s('b.points', 30), s('b.optional', 10)];

  it('gives 100 for full marks everywhere', () => {
    expect(total(full)).toBe(100);
  });

  it('lets a weight change the total, not the raw scale', () => {
    // heavy (weight 40) at 3/5 costs 16 points; light (weight 20) at 3/5 costs only 8
    expect(total([s('a.heavy', 3), s('a.light', 5), s('b.points', 30), s('b.optional', 10)])).toBe(84);
    expect(total([s('a.heavy', 5), s('a.light', 3), s('b.points', 30), s('b.optional', 10)])).toBe(92);
  });

  it('changes the total when the checklist weights change', () => {
    const raw = rawSmallChecklist() as { categories: { indicators: { weight?: number }[] }[] };
    raw.categories[0]!.indicators[0]!.weight = 20;
    raw.categories[0]!.indicators[1]!.weight = 40;
    const reweighted = parseChecklist(raw);
    if (!reweighted.ok) throw new Error('fixture');
    const scores = [s('a.heavy', 3), s('a.light', 5), s('b.points', 30), s('b.optional', 10)];
    const r = scoreSheet(reweighted.value, sheet(scores));
    expect(r.ok && r.value.total).toBe(92);
    expect(total(scores)).toBe(84);
  });

  it('excludes N/A from both the score and the maximum', () => {
    // without b.optional (10 points): 90 earned of 90 applicable → 100
    expect(total([s('a.heavy', 5), s('a.light', 5), s('b.points', 30), s('b.optional', null, { isNotApplicable: true })])).toBe(100);
    // light N/A: heavy 40·3/5 = 24, points 30, optional 10 → 64 of 80 → 80
    expect(total([s('a.heavy', 3), s('a.light', null, { isNotApplicable: true }), s('b.points', 30), s('b.optional', 10)])).toBe(80);
  });

  it('keeps the unrounded total for consolidation and the rounded one for display', () => {
    const r = scoreSheet(list, sheet([s('a.heavy', 4), s('a.light', 4), s('b.points', 29.9), s('b.optional', 3)]));
    expect(r.ok && r.value.unrounded).toBeCloseTo(80.9, 9);
    expect(r.ok && r.value.total).toBe(80.9);
  });

  it('applies bonus and penalty points and keeps the total within 0–100', () => {
    expect(total([...full.slice(0, 3), s('b.optional', 5), s('bonus.x', 2)])).toBe(97);
    expect(total([...full, s('bonus.x', 3)])).toBe(100);
    expect(total([...full.slice(0, 3), s('b.optional', 5), s('penalty.y', 5)])).toBe(90);
    expect(total([s('a.heavy', 0), s('a.light', 0), s('b.points', 0), s('b.optional', 0), s('penalty.y', 5)])).toBe(0);
  });

  it('rounds once, at the end: 84.45 → 84.5', () => {
    // 40 + 20·3/5 + 22.45 + 10 = 84.45
    expect(total([s('a.heavy', 5), s('a.light', 3), s('b.points', 22.45), s('b.optional', 10)])).toBe(84.5);
    expect(total([s('a.heavy', 5), s('a.light', 3), s('b.points', 22.44), s('b.optional', 10)])).toBe(84.4);
    // 62.3 + 1.85 bonus adds up to 64.14999999999999 in floats; on paper it is 64.15 → 64.2
    expect(total([s('a.heavy', 5), s('a.light', 3), s('b.points', 0.3), s('b.optional', 10), s('bonus.x', 1.85)])).toBe(64.2);
  });

  it('counts an unscored indicator as zero and lists it', () => {
    const r = scoreSheet(list, sheet([s('a.heavy', 5), s('a.light', null), s('b.points', 30)]));
    expect(r.ok && r.value.total).toBe(70);
    expect(r.ok && r.value.unscoredIndicatorIds).toEqual(['a.light', 'b.optional']);
    expect(r.ok && r.value.isComplete).toBe(false);
  });

  it('tells whether every key indicator has full marks', () => {
    const a = scoreSheet(list, sheet(full));
    const b = scoreSheet(list, sheet([s('a.heavy', 3), ...full.slice(1)]));
    expect(a.ok && a.value.keyIndicatorsFull).toBe(true);
    expect(b.ok && b.value.keyIndicatorsFull).toBe(false);
  });
});

describe('sheet errors name the item and place', () => {
  it.each([
    ['a score above the maximum', [s('a.heavy', 6)], 'scoring.out_of_range', 'scores[0]'],
    ['a negative score', [s('b.points', -1)], 'scoring.out_of_range', 'scores[0]'],
    ['NaN', [s('b.points', Number.NaN)], 'scoring.out_of_range', 'scores[0]'],
    ['N/A where not allowed', [s('a.heavy', null, { isNotApplicable: true })], 'scoring.na_not_allowed', 'scores[0]'],
    ['an unknown indicator', [s('a.heavy', 5), s("x'; drop table", 1)], 'scoring.unknown_item', 'scores[1]'],
    ['a duplicate entry', [s('a.heavy', 5), s('a.heavy', 4)], 'scoring.duplicate', 'scores[1]'],
    ['a bonus above its bound', [s('bonus.x', 4)], 'scoring.out_of_range', 'scores[0]'],
  ])('rejects %s', (_label, scores, code, path) => {
    const r = scoreSheet(list, sheet(scores));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.some((e) => e.code === code && e.at?.path === path)).toBe(true);
  });

  it('rejects an unknown veto id', () => {
    const r = scoreSheet(list, sheet([], ['veto.made-up']));
    expect(!r.ok && r.error[0]?.code).toBe('scoring.unknown_veto');
  });

  it('refuses a sheet where everything is N/A', () => {
    const allNa = listIndicators(list).map(({ indicator }) => s(indicator.id, null, { isNotApplicable: true }));
    const r = scoreSheet(list, sheet(allNa));
    expect(r.ok).toBe(false);
  });
});

describe('submission requires scores and evidence', () => {
  it('lists unscored indicators and missing evidence', () => {
    const errors = submissionErrors(list, sheet([s('a.heavy', 5, { evidenceIds: ['att-1'] }), s('a.light', 5)]));
    expect(errors.map((e) => [e.code, e.at?.field])).toEqual([
      ['scoring.evidence_missing', 'a.heavy'],
      ['scoring.unscored', 'b.points'],
      ['scoring.unscored', 'b.optional'],
    ]);
    expect(errors[0]?.zh).toContain('证照；报表');
  });

  it('accepts a complete sheet, with N/A needing no evidence', () => {
    const errors = submissionErrors(list, sheet([s('a.heavy', 5, { evidenceIds: ['att-1', 'att-2'] }), s('a.light', 3), s('b.points', 30), s('b.optional', null, { isNotApplicable: true })]));
    expect(errors).toEqual([]);
  });

  it('enforces the default checklist evidence list', () => {
    const scores = listIndicators(defaultChecklist).map(({ indicator }) => s(indicator.id, indicatorTop(indicator.levels)));
    const missing = submissionErrors(defaultChecklist, sheet(scores)).filter((e) => e.code === 'scoring.evidence_missing');
    expect(missing.map((e) => e.at?.field)).toContain('basic.qualification');
    expect(missing.map((e) => e.at?.field)).not.toContain('basic.history');
  });
});

function indicatorTop(levels: readonly { score: number }[]): number {
  return Math.max(...levels.map((l) => l.score));
}
