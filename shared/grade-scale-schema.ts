// Grade scale as data (resources/grade-scales/*.json): bands, modifiers, badges, caps, vetoes.
import { z } from 'zod';
import { err, ok, type Result, type UserError } from './errors';
import { zodIssuesToUserErrors } from './zod-errors';

const text = z.string().trim().min(1);

const gradeSchema = z.strictObject({
  name: z.string().regex(/^[A-Z]{1,6}$/, '等级名称只能是 1–6 个大写字母 / a grade name is 1–6 capital letters'),
  /** Lowest score (inclusive) that earns this grade. */
  minScore: z.number().min(0).max(100),
  /** 3-digit certificate grade code; modifiers share the base grade's code. */
  certificateCode: z.string().regex(/^\d{3}$/, '证书等级代码应为 3 位数字 / a certificate grade code is 3 digits').optional(),
  zh: text,
  en: text,
});

const outcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('grade'), grade: z.string() }),
  z.strictObject({ kind: z.literal('not_rated') }),
]);

const conditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('key_indicators_not_full') }),
  z.strictObject({ kind: z.literal('flag'), flag: text }),
]);

const symbolSchema = z.strictObject({ symbol: z.string().regex(/^[^A-Za-z0-9\s]{1,2}$/u, '符号不能是字母、数字或空白 / a symbol is not a letter, digit or space'), zh: text, en: text });

const capRuleSchema = z.strictObject({ id: text, when: conditionSchema, atMost: z.string(), zh: text, en: text });
const vetoRuleSchema = z.strictObject({ id: text, when: z.strictObject({ kind: z.literal('flag'), flag: text }), outcome: outcomeSchema, zh: text, en: text });

export const gradeScaleSchema = z
  .strictObject({
    id: text,
    name: text,
    nameEn: text,
    /** Highest grade first. */
    grades: z.array(gradeSchema).min(2),
    modifiers: z.array(symbolSchema).default([]),
    badges: z.array(symbolSchema).default([]),
    capRules: z.array(capRuleSchema).default([]),
    vetoRules: z.array(vetoRuleSchema).default([]),
    /** What a checklist "disqualify" veto means on this scale. */
    disqualifyOutcome: outcomeSchema,
  })
  .superRefine((scale, ctx) => {
    const names = new Set<string>();
    const codes = new Set<string>();
    scale.grades.forEach((grade, i) => {
      if (names.has(grade.name)) ctx.addIssue({ code: 'custom', path: ['grades', i, 'name'], message: `等级“${grade.name}”重复 / duplicate grade "${grade.name}"` });
      names.add(grade.name);
      if (grade.certificateCode !== undefined) {
        if (codes.has(grade.certificateCode)) ctx.addIssue({ code: 'custom', path: ['grades', i, 'certificateCode'], message: `证书代码 ${grade.certificateCode} 重复 / duplicate certificate code ${grade.certificateCode}` });
        codes.add(grade.certificateCode);
      }
      const prev = scale.grades[i - 1];
      if (prev && grade.minScore >= prev.minScore) ctx.addIssue({ code: 'custom', path: ['grades', i, 'minScore'], message: `分数下限须低于上一等级（${prev.minScore}）/ minScore must be below the grade above (${prev.minScore})` });
    });
    const last = scale.grades.at(-1);
    if (last && last.minScore !== 0) ctx.addIssue({ code: 'custom', path: ['grades', scale.grades.length - 1, 'minScore'], message: '最低等级的分数下限应为 0 / the lowest grade must start at 0' });
    const checkGrade = (grade: string, path: (string | number)[]): void => {
      if (!names.has(grade)) ctx.addIssue({ code: 'custom', path, message: `等级“${grade}”不在本等级表中 / grade "${grade}" is not on this scale` });
    };
    scale.capRules.forEach((rule, i) => checkGrade(rule.atMost, ['capRules', i, 'atMost']));
    scale.vetoRules.forEach((rule, i) => {
      if (rule.outcome.kind === 'grade') checkGrade(rule.outcome.grade, ['vetoRules', i, 'outcome', 'grade']);
    });
    if (scale.disqualifyOutcome.kind === 'grade') checkGrade(scale.disqualifyOutcome.grade, ['disqualifyOutcome', 'grade']);
    const symbols = [...scale.modifiers, ...scale.badges].map((s) => s.symbol);
    if (new Set(symbols).size !== symbols.length) ctx.addIssue({ code: 'custom', path: ['modifiers'], message: '修饰符与徽标的符号不能重复 / modifier and badge symbols must be distinct' });
  });

export type GradeScale = z.output<typeof gradeScaleSchema>;
export type GradeDefinition = GradeScale['grades'][number];
export type GradeOutcomeRule = z.output<typeof outcomeSchema>;

export function parseGradeScale(input: unknown, file?: string): Result<GradeScale, readonly UserError[]> {
  const parsed = gradeScaleSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'grade_scale.invalid', file));
}
