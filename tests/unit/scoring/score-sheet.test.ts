import { describe, expect, it } from 'vitest';
import { indicatorMaxScore, listIndicators } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { defaultChecklist, nineGradeScale } from '../../../shared/resources';
import { chooseDraft, newScoreSheet, nextUpdatedAt, parseScoreInput, patchEntry, setVeto, sheetOutcome } from '../../../shared/score-sheet';

const T0 = new Date('2026-03-02T08:00:00.000Z');
const item = { name: '企业资质与许可', nameEn: 'Licences and qualifications', max: 5 };
const fresh = (): ScoreSheet => newScoreSheet('d1', '评审员甲', 'hash', T0);

/** Every indicator at full marks (or the given score), every required evidence attached. */
function fullSheet(override: Readonly<Record<string, number>> = {}): ScoreSheet {
  return listIndicators(defaultChecklist).reduce(
    (sheet, { indicator }) =>
      patchEntry(sheet, indicator.id, { score: override[indicator.id] ?? indicatorMaxScore(indicator), evidenceIds: indicator.requiredEvidence.map((_, i) => `a${i}`) }, T0),
    fresh(),
  );
}

describe('parseScoreInput: what a reviewer types into a score box', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['5', 5],
    ['0', 0],
    [' 3 ', 3],
    ['4.5', 4.5],
    ['4.', 4],
    ['.5', 0.5],
    ['５', 5],
    ['４．５', 4.5],
    ['4。5', 4.5],
  ])('accepts %j as %j', (text, expected) => {
    expect(parseScoreInput(text, item)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['6', 'scoring.input_out_of_range'],
    ['10', 'scoring.input_out_of_range'],
    ['5.1', 'scoring.input_out_of_range'],
    ['-1', 'scoring.input_not_number'],
    ['abc', 'scoring.input_not_number'],
    ['.', 'scoring.input_not_number'],
    ['1e1', 'scoring.input_not_number'],
    ['0x5', 'scoring.input_not_number'],
    ['Infinity', 'scoring.input_not_number'],
    ['4.55', 'scoring.input_precision'],
    ['5 5', 'scoring.input_not_number'],
  ])('refuses %j (%s)', (text, code) => {
    const result = parseScoreInput(text, item);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names the item, the input and the range in both languages', () => {
    const result = parseScoreInput('9', item);
    if (result.ok) throw new Error('expected an error');
    expect(result.error.zh).toContain('“企业资质与许可”');
    expect(result.error.zh).toContain('0–5');
    expect(result.error.zh).toContain('9');
    expect(result.error.en).toContain('"Licences and qualifications"');
    expect(result.error.en).toContain('not accepted');
  });
});

describe('editing a sheet', () => {
  it('adds, then replaces, one entry per indicator', () => {
    const once = patchEntry(fresh(), 'basic.history', { score: 2 }, T0);
    const twice = patchEntry(once, 'basic.history', { score: 3, comment: '持续经营 12 年' }, T0);
    expect(twice.scores).toEqual([{ indicatorId: 'basic.history', score: 3, comment: '持续经营 12 年' }]);
  });

  it('clears the score when N/A is ticked, and drops duplicate and empty evidence', () => {
    const scored = patchEntry(fresh(), 'finance.growth', { score: 4, evidenceIds: ['a', 'a', 'b'] }, T0);
    expect(scored.scores[0]?.evidenceIds).toEqual(['a', 'b']);
    const na = patchEntry(scored, 'finance.growth', { isNotApplicable: true }, T0);
    expect(na.scores[0]).toMatchObject({ score: null, isNotApplicable: true });
    expect(patchEntry(na, 'finance.growth', { evidenceIds: [] }, T0).scores[0]?.evidenceIds).toBeUndefined();
  });

  it('moves updatedAt strictly forward even when the clock does not', () => {
    const a = patchEntry(fresh(), 'basic.history', { score: 1 }, T0);
    const b = patchEntry(a, 'basic.history', { score: 2 }, T0);
    expect(b.updatedAt > a.updatedAt).toBe(true);
    expect(nextUpdatedAt('2026-03-02T08:00:00.000Z', new Date('2026-03-02T07:00:00.000Z'))).toBe('2026-03-02T08:00:00.001Z');
    expect(nextUpdatedAt('not a date', T0)).toBe(T0.toISOString());
  });

  it('raises and withdraws a veto without duplicates', () => {
    const raised = setVeto(setVeto(fresh(), 'veto.major-accident', true, T0), 'veto.major-accident', true, T0);
    expect(raised.triggeredVetoIds).toEqual(['veto.major-accident']);
    expect(setVeto(raised, 'veto.major-accident', false, T0).triggeredVetoIds).toEqual([]);
  });
});

describe('sheetOutcome: the live total and grade', () => {
  const outcome = (sheet: ScoreSheet): { total: number; grade: string | null; reasons: string[] } => {
    const result = sheetOutcome(defaultChecklist, nineGradeScale, sheet);
    if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
    return { total: result.score.total, grade: result.grade.grade, reasons: result.grade.reasons.map((r) => r.ruleId) };
  };

  it('gives 100 and AAA for full marks', () => {
    expect(outcome(fullSheet())).toEqual({ total: 100, grade: 'AAA', reasons: [] });
  });

  it('caps at AA with the reason when a key indicator is not at full marks', () => {
    expect(outcome(fullSheet({ 'basic.qualification': 3 }))).toEqual({ total: 98, grade: 'AA', reasons: ['aaa-needs-full-key-indicators'] });
  });

  it('applies a raised veto: cap to BBB, or disqualify to C', () => {
    expect(outcome(setVeto(fullSheet(), 'veto.major-accident', true, T0))).toMatchObject({ grade: 'BBB', reasons: ['veto.major-accident'] });
    expect(outcome(setVeto(fullSheet(), 'veto.false-application', true, T0))).toMatchObject({ grade: 'C', reasons: ['veto.false-application'] });
  });

  it('adds bonus and deducts penalty points, clamped to 0–100', () => {
    const base = fullSheet({ 'competitiveness.market': 0 });
    expect(outcome(base).total).toBe(96);
    expect(outcome(patchEntry(base, 'bonus.honours', { score: 3 }, T0)).total).toBe(99);
    expect(outcome(patchEntry(patchEntry(base, 'bonus.honours', { score: 3 }, T0), 'bonus.social-responsibility', { score: 2 }, T0)).total).toBe(100);
    expect(outcome(patchEntry(base, 'penalty.complaints', { score: 5 }, T0)).total).toBe(91);
  });

  it('scores an incomplete draft with unscored indicators as zero', () => {
    const partial = patchEntry(fresh(), 'credit.tax', { score: 8 }, T0);
    const result = sheetOutcome(defaultChecklist, nineGradeScale, partial);
    expect(result.ok && result.score.total).toBe(8);
    expect(result.ok && result.score.unscoredIndicatorIds.length).toBe(19);
  });

  it('reports, rather than throws, a sheet it cannot score', () => {
    const result = sheetOutcome(defaultChecklist, nineGradeScale, { scores: [{ indicatorId: 'basic.history', score: 9 }], triggeredVetoIds: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('scoring.out_of_range');
  });
});

describe('chooseDraft: which copy wins after a reload', () => {
  const stored = patchEntry(fresh(), 'basic.history', { score: 1 }, T0);
  const newer = patchEntry(stored, 'basic.history', { score: 3 }, T0);

  it('replays a journal newer than the stored draft', () => {
    expect(chooseDraft(stored, newer, fresh())).toEqual({ sheet: newer, isReplayed: true });
  });

  it('replays a journal when nothing reached IndexedDB yet', () => {
    expect(chooseDraft(null, newer, fresh())).toEqual({ sheet: newer, isReplayed: true });
  });

  it('keeps the stored draft when the journal is the same age or older', () => {
    expect(chooseDraft(newer, stored, fresh())).toEqual({ sheet: newer, isReplayed: false });
    expect(chooseDraft(newer, newer, fresh())).toEqual({ sheet: newer, isReplayed: false });
  });

  it('never lets a journal reopen a submitted sheet', () => {
    const submitted: ScoreSheet = { ...stored, status: 'submitted', submittedAt: T0.toISOString() };
    expect(chooseDraft(submitted, newer, fresh())).toEqual({ sheet: submitted, isReplayed: false });
  });

  it('ignores a journal of another sheet', () => {
    expect(chooseDraft(stored, { ...newer, id: 'other' }, fresh())).toEqual({ sheet: stored, isReplayed: false });
    expect(chooseDraft(null, null, fresh())).toEqual({ sheet: fresh(), isReplayed: false });
  });
});
