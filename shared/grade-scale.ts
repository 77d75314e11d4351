// Grades from scores, with caps and vetoes from the scale's data and the checklist's veto items.
// Every cap or veto that changes the result comes back as a reason the user can read.
import type { VetoItem } from './checklist';
import { err, ok, userError, XinpingError, type Result, type UserError } from './errors';
import type { GradeDefinition, GradeOutcomeRule, GradeScale } from './grade-scale-schema';
import { roundScore } from './rounding';

export { gradeScaleSchema, parseGradeScale, type GradeScale, type GradeDefinition } from './grade-scale-schema';

export type GradeLabel = { readonly base: string; readonly modifier: string | null; readonly badges: readonly string[] };

export type GradeReason = { readonly ruleId: string; readonly kind: 'cap' | 'veto'; readonly zh: string; readonly en: string };

export type GradeContext = {
  readonly scale: GradeScale;
  /** From scoring: every applicable key indicator has full marks. Required, so a cap is never skipped by omission. */
  readonly keyIndicatorsFull: boolean;
  /** Facts established outside scoring, e.g. "serious_dishonesty" (on the 严重失信 list). */
  readonly flags?: readonly string[];
  /** Checklist veto items raised for this dossier. */
  readonly vetoes?: readonly Pick<VetoItem, 'id' | 'name' | 'nameEn' | 'effect'>[];
};

export type GradeOutcome = {
  /** The score as rounded for display; the grade is read from this, so both always agree. */
  readonly score: number;
  /** Grade from the score bands alone. */
  readonly scoreGrade: string;
  /** Final grade; null when a veto means "not rated". */
  readonly grade: string | null;
  readonly isRated: boolean;
  readonly reasons: readonly GradeReason[];
};

export function gradeRank(scale: GradeScale, base: string): number {
  const rank = scale.grades.findIndex((g) => g.name === base);
  if (rank < 0) throw new XinpingError(userError('grade.unknown', `等级“${base}”不在等级表 ${scale.id} 中`, `grade "${base}" is not on scale ${scale.id}`));
  return rank;
}

export function findGrade(scale: GradeScale, base: string): GradeDefinition | undefined {
  return scale.grades.find((g) => g.name === base);
}

/** Grade from score bands only; the score is rounded first (89.95 shows as 90.0 and is AAA). */
export function gradeForScoreOnly(scale: GradeScale, score: number): string {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new XinpingError(userError('grade.score_range', `分数 ${String(score)} 不在 0–100 之间`, `score ${String(score)} is not within 0–100`));
  }
  const rounded = roundScore(score);
  const band = scale.grades.find((g) => rounded >= g.minScore) ?? scale.grades.at(-1);
  return band?.name ?? '';
}

function outcomeText(outcome: GradeOutcomeRule): { zh: string; en: string } {
  return outcome.kind === 'not_rated' ? { zh: '不予评级', en: 'not rated' } : { zh: `评为 ${outcome.grade} 级`, en: `rated ${outcome.grade}` };
}

function vetoOutcome(scale: GradeScale, ctx: GradeContext): { outcome: GradeOutcomeRule; reasons: GradeReason[] } | null {
  const flags = new Set(ctx.flags ?? []);
  const hits: { outcome: GradeOutcomeRule; reason: GradeReason }[] = [];
  for (const rule of scale.vetoRules) {
    if (flags.has(rule.when.flag)) hits.push({ outcome: rule.outcome, reason: { ruleId: rule.id, kind: 'veto', zh: rule.zh, en: rule.en } });
  }
  for (const item of ctx.vetoes ?? []) {
    if (item.effect.kind !== 'disqualify') continue;
    const { zh, en } = outcomeText(scale.disqualifyOutcome);
    hits.push({ outcome: scale.disqualifyOutcome, reason: { ruleId: item.id, kind: 'veto', zh: `一票否决：${item.name}，${zh}`, en: `veto: ${item.nameEn ?? item.name}, ${en}` } });
  }
  if (hits.length === 0) return null;
  // the harshest outcome wins: not rated, else the lowest grade
  const severity = (o: GradeOutcomeRule): number => (o.kind === 'not_rated' ? Infinity : gradeRank(scale, o.grade));
  const worst = hits.reduce((a, b) => (severity(b.outcome) > severity(a.outcome) ? b : a));
  return { outcome: worst.outcome, reasons: hits.map((h) => h.reason) };
}

function triggeredCaps(scale: GradeScale, ctx: GradeContext): { atMost: string; reason: GradeReason }[] {
  const flags = new Set(ctx.flags ?? []);
  const caps: { atMost: string; reason: GradeReason }[] = [];
  for (const rule of scale.capRules) {
    const isHit = rule.when.kind === 'key_indicators_not_full' ? !ctx.keyIndicatorsFull : flags.has(rule.when.flag);
    if (isHit) caps.push({ atMost: rule.atMost, reason: { ruleId: rule.id, kind: 'cap', zh: rule.zh, en: rule.en } });
  }
  for (const item of ctx.vetoes ?? []) {
    if (item.effect.kind !== 'cap') continue;
    const grade = item.effect.grade;
    caps.push({ atMost: grade, reason: { ruleId: item.id, kind: 'cap', zh: `${item.name}：最高评为 ${grade} 级`, en: `${item.nameEn ?? item.name}: at most ${grade}` } });
  }
  return caps;
}

/** Grade for a score: bands, then vetoes (which end the matter), then caps that lower the grade. */
export function gradeFor(score: number, ctx: GradeContext): GradeOutcome {
  const { scale } = ctx;
  const scoreGrade = gradeForScoreOnly(scale, score);
  const rounded = roundScore(score);
  const veto = vetoOutcome(scale, ctx);
  if (veto) {
    const grade = veto.outcome.kind === 'grade' ? veto.outcome.grade : null;
    return { score: rounded, scoreGrade, grade, isRated: grade !== null, reasons: veto.reasons };
  }
  let rank = gradeRank(scale, scoreGrade);
  const reasons: GradeReason[] = [];
  for (const cap of triggeredCaps(scale, ctx)) {
    const capRank = gradeRank(scale, cap.atMost);
    if (capRank <= gradeRank(scale, scoreGrade)) continue;
    reasons.push(cap.reason);
    rank = Math.max(rank, capRank);
  }
  const grade = scale.grades[rank]?.name ?? scoreGrade;
  return { score: rounded, scoreGrade, grade, isRated: true, reasons };
}

/** Grades that checklist veto caps name but the scale lacks (a checklist and scale that cannot work together). */
export function checklistScaleErrors(scale: GradeScale, vetoItems: readonly Pick<VetoItem, 'id' | 'effect'>[]): UserError[] {
  return vetoItems.flatMap((item, i) =>
    item.effect.kind === 'cap' && !findGrade(scale, item.effect.grade)
      ? [userError('grade.cap_unknown', `否决项“${item.id}”封顶的等级 ${item.effect.grade} 不在等级表 ${scale.id} 中`, `veto item "${item.id}" caps at ${item.effect.grade}, which scale ${scale.id} does not have`, { path: `vetoItems[${i}].effect.grade` })]
      : [],
  );
}

// full-width and typographic signs as typed on Chinese keyboards
const LABEL_FOLD: Readonly<Record<string, string>> = { '＋': '+', '－': '-', '−': '-' };

/** "AAA★" → {base AAA, badges [★]}; "A+" → {base A, modifier +}. Order: base, modifier, badges. */
export function parseGradeLabel(label: string, scale: GradeScale): Result<GradeLabel> {
  const text = Array.from(label.replace(/\s/gu, '')).map((c) => LABEL_FOLD[c] ?? c).join('');
  const bad = (): Result<GradeLabel> => err(userError('grade.label', `无法识别等级“${label}”（等级表 ${scale.id}）`, `"${label}" is not a grade on scale ${scale.id}`, { field: 'grade' }));
  const base = [...scale.grades].sort((a, b) => b.name.length - a.name.length).find((g) => text.startsWith(g.name))?.name;
  if (base === undefined) return bad();
  let rest = text.slice(base.length);
  const modifier = scale.modifiers.find((m) => rest.startsWith(m.symbol))?.symbol ?? null;
  if (modifier !== null) rest = rest.slice(modifier.length);
  const badges: string[] = [];
  while (rest !== '') {
    const badge = scale.badges.find((b) => rest.startsWith(b.symbol))?.symbol;
    if (badge === undefined) return bad();
    badges.push(badge);
    rest = rest.slice(badge.length);
  }
  return ok({ base, modifier, badges });
}

export function formatGradeLabel(label: GradeLabel): string {
  return `${label.base}${label.modifier ?? ''}${label.badges.join('')}`;
}

/** The base grade a published label counts as ("A+" counts as A); throws on an unknown label. */
export function baseGrade(label: string, scale: GradeScale): string {
  const parsed = parseGradeLabel(label, scale);
  if (!parsed.ok) throw new XinpingError(parsed.error);
  return parsed.value.base;
}
