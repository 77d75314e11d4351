import { describe, expect, it } from 'vitest';
import { canonicalChecklist, checklistHash, indicatorMaxScore, listIndicators, parseChecklist } from '../../../shared/checklist';
import { defaultChecklist } from '../../../shared/resources';
import { rawSmallChecklist } from './fixtures/checklists';

type Raw = Record<string, unknown> & { categories: { weight: number; indicators: Record<string, unknown>[] }[] };
const raw = (): Raw => rawSmallChecklist() as Raw;

const errorsOf = (input: unknown): { path: string | undefined; zh: string; en: string }[] => {
  const r = parseChecklist(input, 'x.json');
  return r.ok ? [] : r.error.map((e) => ({ path: e.at?.path, zh: e.zh, en: e.en }));
};

describe('the default CAQI checklist', () => {
  it('has the five categories with the published weights, totalling 100', () => {
    expect(defaultChecklist.categories.map((c) => [c.name, c.weight])).toEqual([
      ['基本素质', 15], ['财务状况', 25], ['经营管理', 20], ['竞争力与创新', 10], ['社会信用记录', 30],
    ]);
    expect(defaultChecklist.totalWeight).toBe(100);
  });

  it('marks key and N/A-able indicators, and asks for 2–4 evidence items only where given', () => {
    const all = listIndicators(defaultChecklist).map((x) => x.indicator);
    expect(all.filter((i) => i.isKey).map((i) => i.id)).toEqual(['basic.qualification', 'finance.audit', 'management.quality', 'credit.tax', 'credit.quality']);
    expect(all.some((i) => i.isNotApplicableAllowed)).toBe(true);
    const withEvidence = all.filter((i) => i.requiredEvidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(withEvidence.length).toBeLessThan(all.length);
    expect(withEvidence.every((i) => i.requiredEvidence.length >= 2 && i.requiredEvidence.length <= 4)).toBe(true);
  });

  it('gives every indicator level guidance in Chinese that stays within its maximum', () => {
    for (const { indicator } of listIndicators(defaultChecklist)) {
      expect(indicator.levels.length).toBeGreaterThanOrEqual(2);
      expect(indicator.levels.every((l) => /[\u4e00-\u9fff]/u.test(l.description) && l.score <= indicatorMaxScore(indicator))).toBe(true);
      expect(indicator.id).toMatch(/^[a-z]+\.[a-z-]+$/);
    }
  });

  it('vetoes the serious-dishonesty list and caps a major accident at BBB', () => {
    const byName = Object.fromEntries(defaultChecklist.vetoItems.map((v) => [v.name, v.effect]));
    expect(byName['列入严重失信主体名单']).toEqual({ kind: 'disqualify' });
    expect(byName['近三年发生重大质量或安全事故']).toEqual({ kind: 'cap', grade: 'BBB' });
  });
});

describe('checklist validation names the place', () => {
  it('reports a category whose indicator weights do not add up', () => {
    const input = raw();
    input.categories[1]!.weight = 45;
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toContain('categories[1]');
    expect(errors.find((e) => e.path === 'categories[1]')?.zh).toContain('合计 40，应为 45');
    expect(errors.map((e) => e.path)).toContain('categories'); // 60 + 45 ≠ 100
  });

  it('reports a duplicate indicator id at categories[1].indicators[1]', () => {
    const input = raw();
    input.categories[1]!.indicators[1]!.id = 'a.heavy';
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('categories[1].indicators[1].id');
    expect(errors[0]?.en).toContain('duplicate id "a.heavy"');
  });

  it('reports an indicator with both weight and maxScore', () => {
    const input = raw();
    input.categories[0]!.indicators[0]!.maxScore = 5;
    expect(errorsOf(input).map((e) => e.path)).toContain('categories[0].indicators[0]');
  });

  it.each([
    ['a string weight', (r: Raw) => { r.categories[0]!.indicators[1]!.weight = '20'; }, 'categories[0].indicators[1].weight', 'expected number'],
    ['a misspelt field', (r: Raw) => { r.categories[0]!.indicators[1]!.isKye = true; }, 'categories[0].indicators[1]', 'isKye'],
    ['a negative maxScore', (r: Raw) => { r.categories[1]!.indicators[0]!.maxScore = -30; }, 'categories[1].indicators[0].maxScore', '0'],
    ['an empty name', (r: Raw) => { r.categories[0]!.indicators[0]!.name = '   '; }, 'categories[0].indicators[0].name', ''],
    ['a level above the maximum', (r: Raw) => { r.categories[1]!.indicators[0]!.levels = [{ score: 31, description: '超' }]; }, 'categories[1].indicators[0].levels[0].score', 'exceeds'],
    ['an id with spaces', (r: Raw) => { r.categories[0]!.indicators[0]!.id = 'a heavy; drop'; }, 'categories[0].indicators[0].id', ''],
  ])('rejects %s', (_label, mutate, path, text) => {
    const input = raw();
    mutate(input);
    const errors = errorsOf(input);
    const hit = errors.find((e) => e.path === path);
    expect(hit).toBeDefined();
    expect(hit?.en).toContain(text);
    expect(hit?.en.startsWith(path)).toBe(true);
  });

  it.each([null, 'checklist', 42, [], {}])('rejects %j as a whole with a code and the file name', (input) => {
    const r = parseChecklist(input, 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.every((e) => e.code === 'checklist.invalid' && e.at?.file === 'broken.json')).toBe(true);
  });
});

describe('canonical form and content hash', () => {
  const parse = (input: unknown): ReturnType<typeof parseChecklist> => parseChecklist(input);

  it('does not depend on key order', () => {
    const a = parse(raw());
    const reordered = Object.fromEntries(Object.entries(raw()).reverse());
    const b = parse(reordered);
    expect(a.ok && b.ok && checklistHash(a.value) === checklistHash(b.value)).toBe(true);
  });

  it('changes when a weight changes', () => {
    const input = raw();
    input.categories[0]!.indicators[0]!.weight = 30;
    input.categories[0]!.indicators[1]!.weight = 30;
    const a = parse(raw());
    const b = parse(input);
    expect(a.ok && b.ok && checklistHash(a.value) !== checklistHash(b.value)).toBe(true);
  });

  it('writes defaults into the canonical form so an omitted flag and an explicit false hash the same', () => {
    const input = raw();
    input.categories[1]!.indicators[0]!.isKey = false;
    const a = parse(raw());
    const b = parse(input);
    expect(a.ok && b.ok && canonicalChecklist(a.value) === canonicalChecklist(b.value)).toBe(true);
    expect(checklistHash(defaultChecklist)).toMatch(/^[0-9a-f]{64}$/);
  });
});
