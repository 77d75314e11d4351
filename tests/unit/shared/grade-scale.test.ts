import { describe, expect, it } from 'vitest';
import { baseGrade, checklistScaleErrors, formatGradeLabel, gradeFor, gradeForScoreOnly, parseGradeLabel, parseGradeScale } from '../../../shared/grade-scale';
import { defaultChecklist, nineGradeScale, sixGradeExampleScale } from '../../../shared/resources';
import sixGradeJson from '../../../resources/grade-scales/six-grade-example.json' with { type: 'json' };

type RawScale = Record<string, unknown> & { grades: Record<string, unknown>[] };

const nine = nineGradeScale;
const veto = (id: string): (typeof defaultChecklist.vetoItems)[number] => {
  const item = defaultChecklist.vetoItems.find((v) => v.id === id);
  if (!item) throw new Error(id);
  return item;
};

describe('nine-grade bands', () => {
  it.each([
    [100, 'AAA'], [90, 'AAA'], [89.96, 'AAA'], [89.94, 'AA'], [80, 'AA'], [79.9, 'A'], [70, 'A'], [60, 'BBB'],
    [50, 'BB'], [40, 'B'], [30, 'CCC'], [20, 'CC'], [19.9, 'C'], [0, 'C'],
  ])('%d → %s', (score, grade) => {
    expect(gradeForScoreOnly(nine, score)).toBe(grade);
  });

  it.each([-0.1, 100.1, Number.NaN, Infinity])('refuses score %d', (score) => {
    expect(() => gradeForScoreOnly(nine, score)).toThrow(/0–100/);
  });
});

describe('caps and vetoes, with reasons', () => {
  it('AAA needs full marks on key indicators, else at most AA', () => {
    const r = gradeFor(95, { scale: nine, keyIndicatorsFull: false });
    expect(r.scoreGrade).toBe('AAA');
    expect(r.grade).toBe('AA');
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['aaa-needs-full-key-indicators']);
    expect(r.reasons[0]?.zh).toContain('关键指标');
    expect(r.reasons[0]?.en).toContain('at most AA');
  });

  it('a cap that does not lower the grade is not a reason', () => {
    const r = gradeFor(85, { scale: nine, keyIndicatorsFull: false });
    expect(r.grade).toBe('AA');
    expect(r.reasons).toEqual([]);
  });

  it('full key indicators keep AAA', () => {
    expect(gradeFor(95, { scale: nine, keyIndicatorsFull: true })).toEqual({ score: 95, scoreGrade: 'AAA', grade: 'AAA', isRated: true, reasons: [] });
  });

  it('a major accident caps at BBB and the lowest cap wins', () => {
    const r = gradeFor(96, { scale: nine, keyIndicatorsFull: false, vetoes: [veto('veto.major-accident')] });
    expect(r.grade).toBe('BBB');
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['aaa-needs-full-key-indicators', 'veto.major-accident']);
    expect(r.reasons[1]?.zh).toBe('近三年发生重大质量或安全事故：最高评为 BBB 级');
  });

  it('the serious-dishonesty list rates C on the nine-grade scale, whatever the score', () => {
    const r = gradeFor(99, { scale: nine, keyIndicatorsFull: true, flags: ['serious_dishonesty'] });
    expect(r.grade).toBe('C');
    expect(r.isRated).toBe(true);
    expect(r.reasons).toEqual([{ ruleId: 'serious-dishonesty', kind: 'veto', zh: '列入严重失信主体名单，评为 C 级', en: 'on the serious-dishonesty list: rated C' }]);
  });

  it('a checklist disqualify veto gives the scale’s disqualify outcome', () => {
    const r = gradeFor(99, { scale: nine, keyIndicatorsFull: true, vetoes: [veto('veto.serious-dishonesty')] });
    expect(r.grade).toBe('C');
    expect(r.reasons[0]?.zh).toContain('一票否决');
  });

  it('unknown flags change nothing', () => {
    expect(gradeFor(92, { scale: nine, keyIndicatorsFull: true, flags: ["'; drop table", ''] }).grade).toBe('AAA');
  });
});

describe('labels: modifiers and badges', () => {
  it.each([
    ['AAA', { base: 'AAA', modifier: null, badges: [] }],
    ['A+', { base: 'A', modifier: '+', badges: [] }],
    ['AA-', { base: 'AA', modifier: '-', badges: [] }],
    ['AAA★', { base: 'AAA', modifier: null, badges: ['★'] }],
    ['BBB+★', { base: 'BBB', modifier: '+', badges: ['★'] }],
    [' A ＋ ', { base: 'A', modifier: '+', badges: [] }],
  ])('%j parses', (label, parts) => {
    expect(parseGradeLabel(label, nine)).toEqual({ ok: true, value: parts });
  });

  it.each(['', 'AAAA', 'D', 'a+', 'A★+', 'A++', 'AAA☆', 'A+<script>', '😀'])('%j is refused with a message', (label) => {
    const r = parseGradeLabel(label, nine);
    expect(r.ok ? '' : r.error.code).toBe('grade.label');
  });

  it('formats back and counts A+ as A', () => {
    expect(formatGradeLabel({ base: 'AAA', modifier: null, badges: ['★'] })).toBe('AAA★');
    expect(formatGradeLabel({ base: 'A', modifier: '+', badges: [] })).toBe('A+');
    expect(baseGrade('A+', nine)).toBe('A');
    expect(baseGrade('AAA★', nine)).toBe('AAA');
  });
});

describe('a six-grade scale from data alone', () => {
  const six = sixGradeExampleScale;

  it.each([[95, 'AAA'], [85, 'AA'], [75, 'A'], [65, 'B'], [55, 'C'], [49.9, 'D'], [0, 'D']])('%d → %s', (score, grade) => {
    expect(gradeForScoreOnly(six, score)).toBe(grade);
  });

  it('vetoes to "not rated" and caps by its own flag rule', () => {
    const vetoed = gradeFor(95, { scale: six, keyIndicatorsFull: true, flags: ['serious_dishonesty'] });
    expect(vetoed).toMatchObject({ grade: null, isRated: false });
    expect(vetoed.reasons[0]?.en).toBe('on the serious-dishonesty list: not rated');
    expect(gradeFor(95, { scale: six, keyIndicatorsFull: true, flags: ['under_rectification'] }).grade).toBe('B');
  });

  it('has no modifiers, so "A+" is not one of its grades', () => {
    expect(parseGradeLabel('A+', six).ok).toBe(false);
    expect(parseGradeLabel('D', six).ok).toBe(true);
  });

  it('cannot take the default checklist’s BBB cap, and says so', () => {
    expect(checklistScaleErrors(six, defaultChecklist.vetoItems).map((e) => e.at?.path)).toEqual(['vetoItems[2].effect.grade']);
    expect(checklistScaleErrors(nine, defaultChecklist.vetoItems)).toEqual([]);
  });
});

describe('grade scale validation', () => {
  const edit = (mutate: (s: RawScale) => void): string[] => {
    const copy = structuredClone(sixGradeJson) as unknown as Record<string, unknown> & { grades: Record<string, unknown>[] };
    mutate(copy);
    const r = parseGradeScale(copy, 'scale.json');
    return r.ok ? [] : r.error.map((e) => e.at?.path ?? '');
  };

  it.each([
    ['bands out of order', (s: RawScale) => { s.grades[2]!.minScore = 85; }, 'grades[2].minScore'],
    ['a lowest band above 0', (s: RawScale) => { s.grades[5]!.minScore = 10; }, 'grades[5].minScore'],
    ['a duplicate grade', (s: RawScale) => { s.grades[1]!.name = 'AAA'; }, 'grades[1].name'],
    ['a cap to an unknown grade', (s: RawScale) => { s.capRules = [{ id: 'x', when: { kind: 'key_indicators_not_full' }, atMost: 'BBB', zh: '封顶', en: 'cap' }]; }, 'capRules[0].atMost'],
    ['a two-digit certificate code', (s: RawScale) => { s.grades[0]!.certificateCode = '11'; }, 'grades[0].certificateCode'],
    ['a lower-case grade name', (s: RawScale) => { s.grades[0]!.name = 'aaa'; }, 'grades[0].name'],
  ])('reports %s at its path', (_label, mutate, path) => {
    expect(edit(mutate)).toContain(path);
  });

  it('accepts the shipped six-grade file unchanged', () => {
    expect(edit(() => undefined)).toEqual([]);
  });
});
