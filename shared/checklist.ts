// Checklist (指标体系): a versioned tree of categories → indicators, with veto items and bounded
// bonus / penalty items. A batch pins one checklist by its content hash, so it never changes
// under a score sheet.
import { z } from 'zod';
import { contentHash, canonicalJson } from './canonical';
import { err, ok, type Result, type UserError } from './errors';
import { zodIssuesToUserErrors } from './zod-errors';

const text = z.string().trim().min(1);
const idSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'id 只能用小写字母、数字、连字符和点 / an id uses lower-case letters, digits, "-" and "."');

const levelSchema = z.strictObject({
  score: z.number().min(0),
  description: text,
  descriptionEn: text.optional(),
});

const indicatorSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    nameEn: text.optional(),
    /** Points this indicator carries in the total; scored on its level scale (0 … highest level). */
    weight: z.number().positive().optional(),
    /** Scored directly in points 0 … maxScore; carries maxScore points in the total. */
    maxScore: z.number().positive().optional(),
    levels: z.array(levelSchema).default([]),
    requiredEvidence: z.array(text).default([]),
    isNotApplicableAllowed: z.boolean().default(false),
    isKey: z.boolean().default(false),
  })
  .superRefine((ind, ctx) => {
    if ((ind.weight === undefined) === (ind.maxScore === undefined)) {
      ctx.addIssue({ code: 'custom', message: '指标须且只能设置 weight 或 maxScore 之一 / an indicator sets exactly one of weight or maxScore' });
      return;
    }
    if (ind.weight !== undefined && ind.levels.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: '按权重计分的指标须给出评分档次 / a weighted indicator needs scoring levels' });
    }
    const top = ind.maxScore ?? Math.max(...ind.levels.map((l) => l.score));
    ind.levels.forEach((level, i) => {
      if (level.score > top) ctx.addIssue({ code: 'custom', path: ['levels', i, 'score'], message: `档次分 ${level.score} 超过满分 ${top} / level score ${level.score} exceeds the maximum ${top}` });
    });
  });

const categorySchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  /** Declared points of the category; its indicators' weights must add up to it. */
  weight: z.number().positive(),
  indicators: z.array(indicatorSchema).min(1),
});

export const vetoEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('disqualify') }),
  z.strictObject({ kind: z.literal('cap'), grade: text }),
]);

const vetoItemSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  description: text.optional(),
  effect: vetoEffectSchema,
});

const adjustmentSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  description: text.optional(),
  kind: z.enum(['bonus', 'penalty']),
  /** Points awarded or deducted are 0 … maxPoints. */
  maxPoints: z.number().positive(),
});

const WEIGHT_TOLERANCE = 1e-9;

export const checklistSchema = z
  .strictObject({
    id: idSchema,
    version: text,
    name: text,
    nameEn: text.optional(),
    /** Declared total of the category weights, normally 100. */
    totalWeight: z.number().positive(),
    categories: z.array(categorySchema).min(1),
    vetoItems: z.array(vetoItemSchema).default([]),
    adjustments: z.array(adjustmentSchema).default([]),
  })
  .superRefine((list, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]): void => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path.join('.'));
      else ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `id“${id}”重复 / duplicate id "${id}"` });
    };
    let categoryTotal = 0;
    list.categories.forEach((category, c) => {
      claim(category.id, ['categories', c]);
      categoryTotal += category.weight;
      let sum = 0;
      category.indicators.forEach((ind, i) => {
        claim(ind.id, ['categories', c, 'indicators', i]);
        sum += indicatorWeight(ind);
      });
      if (Math.abs(sum - category.weight) > WEIGHT_TOLERANCE) {
        ctx.addIssue({ code: 'custom', path: ['categories', c], message: `“${category.name}”的指标权重合计 ${round6(sum)}，应为 ${category.weight} / indicator weights of "${category.nameEn ?? category.name}" add up to ${round6(sum)}, declared ${category.weight}` });
      }
    });
    if (Math.abs(categoryTotal - list.totalWeight) > WEIGHT_TOLERANCE) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: `各类权重合计 ${round6(categoryTotal)}，应为 ${list.totalWeight} / category weights add up to ${round6(categoryTotal)}, declared ${list.totalWeight}` });
    }
    list.vetoItems.forEach((item, i) => claim(item.id, ['vetoItems', i]));
    list.adjustments.forEach((item, i) => claim(item.id, ['adjustments', i]));
  });

export type Checklist = z.output<typeof checklistSchema>;
export type ChecklistCategory = Checklist['categories'][number];
export type Indicator = ChecklistCategory['indicators'][number];
export type LevelGuidance = Indicator['levels'][number];
export type VetoItem = Checklist['vetoItems'][number];
export type VetoEffect = z.output<typeof vetoEffectSchema>;
export type AdjustmentItem = Checklist['adjustments'][number];

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Points the indicator carries in the total. */
export function indicatorWeight(ind: Pick<Indicator, 'weight' | 'maxScore'>): number {
  return ind.weight ?? ind.maxScore ?? 0;
}

/** Top of the indicator's own scoring range. */
export function indicatorMaxScore(ind: Pick<Indicator, 'maxScore' | 'levels'>): number {
  return ind.maxScore ?? Math.max(0, ...ind.levels.map((l) => l.score));
}

/** Every indicator in checklist order, with its path for error messages. */
export function listIndicators(list: Checklist): readonly { readonly indicator: Indicator; readonly category: ChecklistCategory; readonly path: string }[] {
  return list.categories.flatMap((category, c) =>
    category.indicators.map((indicator, i) => ({ indicator, category, path: `categories[${c}].indicators[${i}]` })),
  );
}

/** Parses and validates a checklist file; every problem names its path. */
export function parseChecklist(input: unknown, file?: string): Result<Checklist, readonly UserError[]> {
  const parsed = checklistSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'checklist.invalid', file));
}

/** Canonical JSON of the parsed checklist (defaults filled in), the form that is hashed and synced. */
export function canonicalChecklist(list: Checklist): string {
  return canonicalJson(list);
}

/** SHA-256 of the canonical form; score sheets record it to pin the checklist they were made on. */
export function checklistHash(list: Checklist): string {
  return contentHash(list);
}
