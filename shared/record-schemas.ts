// zod schemas for the records in model.ts that arrive from files (sample data, imports, bundles).
import { z } from 'zod';
import type { Batch, Dossier, Enterprise } from './model';
import { err, ok, type Result, type UserError } from './errors';
import { normaliseCreditCode, validateCreditCode } from './credit-code';
import { parseIsoDate } from './iso-date';
import { roundScore } from './rounding';
import { zodIssuesToUserErrors } from './zod-errors';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });
const isoDate = z.string().refine((s) => parseIsoDate(s).ok, '日期应为有效的 YYYY-MM-DD / a date must be a valid YYYY-MM-DD');

const overrideSchema = z.strictObject({ reason: text, by: text, at: instant });

export const enterpriseSchema = z
  .strictObject({
    id: text,
    name: text,
    creditCode: z.string(),
    creditCodeOverride: overrideSchema.optional(),
    isSampleCode: z.boolean().optional(),
    region: text,
    industry: text,
    contactName: z.string().optional(),
    contactPhone: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (normaliseCreditCode(e.creditCode) !== e.creditCode) {
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '统一社会信用代码须以规范形式保存 / the credit code must be stored normalised' });
    }
    const validation = validateCreditCode(e.creditCode);
    const problems = validation.kind === 'malformed' ? validation.errors : validation.kind === 'checksum_warning' && !e.creditCodeOverride ? validation.warnings : [];
    for (const p of problems) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: `${p.zh} / ${p.en}` });
  }) satisfies z.ZodType<Enterprise>;

export const batchSchema = z.strictObject({
  id: text,
  title: text,
  associationName: text,
  associationNumber: z.string().regex(/^\d{3}$/, '协会编号应为 3 位数字 / the association number is 3 digits'),
  year: z.number().int().min(1990).max(2099),
  evaluationTypes: z.array(z.enum(['enterprise', 'quality'])).min(1),
  checklistId: text,
  gradeScaleId: text,
  noticeDays: z.number().int().min(1).max(365),
  noticeDayType: z.enum(['calendar', 'working']),
  noticeStart: isoDate.optional(),
  consolidation: z.enum(['mean', 'median', 'trimmed_mean']),
  spreadThreshold: z.number().min(0),
  status: z.enum(['open', 'notice', 'final', 'archived']),
  note: z.string().optional(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Batch>;

export const dossierSchema = z.strictObject({
  id: text,
  batchId: text,
  enterpriseId: text,
  evaluationType: z.enum(['enterprise', 'quality']),
  state: z.enum(['applied', 'returned', 'screened', 'scoring', 'initial_grade', 'notice', 'objection', 'final', 'archived']),
  reviewerIds: z.array(text),
  score: z.number().min(0).max(100).refine((s) => roundScore(s) === s, '分数保留一位小数 / a score has one decimal').optional(),
  grade: text.optional(),
  certificateNumber: z.string().regex(/^\d{15}$/, '证书编号应为 15 位数字 / a certificate number is 15 digits').optional(),
  updatedAt: instant,
}) satisfies z.ZodType<Dossier>;

export const recordSetSchema = z
  .strictObject({
    batches: z.array(batchSchema),
    enterprises: z.array(enterpriseSchema),
    dossiers: z.array(dossierSchema),
  })
  .superRefine((set, ctx) => {
    const unique = (key: 'batches' | 'enterprises' | 'dossiers'): Set<string> => {
      const ids = new Set<string>();
      set[key].forEach((r, i) => {
        if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `id“${r.id}”重复 / duplicate id "${r.id}"` });
        ids.add(r.id);
      });
      return ids;
    };
    const batchIds = unique('batches');
    const enterpriseIds = unique('enterprises');
    unique('dossiers');
    set.dossiers.forEach((d, i) => {
      if (!batchIds.has(d.batchId)) ctx.addIssue({ code: 'custom', path: ['dossiers', i, 'batchId'], message: `找不到批次“${d.batchId}” / no batch "${d.batchId}"` });
      if (!enterpriseIds.has(d.enterpriseId)) ctx.addIssue({ code: 'custom', path: ['dossiers', i, 'enterpriseId'], message: `找不到企业“${d.enterpriseId}” / no enterprise "${d.enterpriseId}"` });
    });
  });

export type RecordSet = { readonly batches: readonly Batch[]; readonly enterprises: readonly Enterprise[]; readonly dossiers: readonly Dossier[] };

export function parseRecordSet(input: unknown, file?: string): Result<RecordSet, readonly UserError[]> {
  const parsed = recordSetSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'records.invalid', file));
}

/** What a new batch starts with (resources/defaults/batch.json); the form and test data use it. */
export type BatchDefaults = Pick<Batch, 'associationName' | 'associationNumber' | 'evaluationTypes' | 'checklistId' | 'gradeScaleId' | 'noticeDays' | 'noticeDayType' | 'consolidation' | 'spreadThreshold'>;

const batchDefaultsSchema = batchSchema.pick({
  associationName: true, associationNumber: true, evaluationTypes: true, checklistId: true, gradeScaleId: true, noticeDays: true, noticeDayType: true, consolidation: true, spreadThreshold: true,
}) satisfies z.ZodType<BatchDefaults>;

export function parseBatchDefaults(input: unknown, file?: string): Result<BatchDefaults, readonly UserError[]> {
  const parsed = batchDefaultsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'records.invalid', file));
}

