// zod schemas for the lifecycle records a bundle carries since format version 2: first-review
// history, assessments (grades), notice releases and corrections, certificates. Shapes as in
// shared/lifecycle/types.ts. The snapshot a release was printed from is checked as an object
// only: it is kept as history, and the signed PDF made from it travels with its own hash.
import { z } from 'zod';
import type { Assessment, Certificate, ConsolidationSummary, NoticeCorrection, NoticeRelease, ScreeningRecord } from '../lifecycle/types';
import type { LifecycleSnapshot } from '../lifecycle/snapshot';
import { parseIsoDate } from '../iso-date';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });
const isoDate = z.string().refine((s) => parseIsoDate(s).ok, '日期应为有效的 YYYY-MM-DD / a date must be a valid YYYY-MM-DD');
const stamp = { by: text, at: instant };
const evaluationType = z.enum(['enterprise', 'quality']);
const score = z.number().finite();
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

export const screeningSchema = z.strictObject({
  ...stamp,
  id: text,
  dossierId: text,
  batchId: text,
  round: z.number().int().min(1),
  outcome: z.enum(['passed', 'returned', 'resubmitted']),
  checklistId: text,
  items: z.array(z.strictObject({ id: text, name: z.string(), nameEn: z.string(), isRequired: z.boolean(), isPresent: z.boolean(), attachmentIds: z.array(text) })),
  missingItemIds: z.array(text),
  reasons: z.array(z.string()),
  note: z.string().optional(),
}) satisfies z.ZodType<ScreeningRecord>;

const gradeReason = z.strictObject({ ruleId: text, kind: z.enum(['cap', 'veto']), zh: z.string(), en: z.string() });

const consolidation = z.strictObject({
  rule: z.enum(['mean', 'median', 'trimmed_mean']),
  score,
  threshold: score,
  sheetTotals: z.array(z.strictObject({ sheetId: text, reviewerId: text, total: score })),
  flagged: z.array(z.strictObject({ indicatorId: text, min: score.nullable(), max: score.nullable(), spread: score, isNotApplicableDisagreement: z.boolean() })),
  triggeredVetoIds: z.array(text),
  keyIndicatorsFull: z.boolean(),
  at: instant,
}) satisfies z.ZodType<ConsolidationSummary>;

/** Assessments are stored by dossier; in a bundle they carry that key as `id` too, like every synced record. */
export type TravellingAssessment = Assessment & { readonly id: string };

export const assessmentSchema = z
  .strictObject({
    id: text,
    dossierId: text,
    batchId: text,
    consolidation: consolidation.optional(),
    proposal: z.strictObject({ score, grade: text.nullable(), scoreGrade: text, reasons: z.array(gradeReason), source: z.enum(['consolidation', 'override']) }).optional(),
    accepted: z.strictObject(stamp).optional(),
    override: z.strictObject({ ...stamp, score: score.optional(), grade: text.optional(), reason: text }).optional(),
    approval: z.strictObject({ ...stamp, grade: text, score }).optional(),
    exclusion: z.strictObject({ ...stamp, reason: text }).optional(),
    rescoreRequests: z.array(z.strictObject({ ...stamp, reviewerId: text, reason: text })),
    noticeGrade: text.optional(),
    updatedAt: instant,
  })
  .refine((a) => a.id === a.dossierId, { message: '评定记录的编号应与档案编号相同 / an assessment\'s id is its dossier id', path: ['id'] }) satisfies z.ZodType<TravellingAssessment>;

const releaseEntry = z.strictObject({ dossierId: text, evaluationType, name: text, grade: text, certificateNumber: text.optional() });
const gradeCorrection = { dossierId: text, evaluationType, name: text, publishedGrade: text, newGrade: text.nullable() };

export const noticeReleaseSchema = z.strictObject({
  id: text,
  batchId: text,
  kind: z.enum(['notice', 'correction', 'announcement']),
  revision: z.number().int().min(1),
  period: z.strictObject({ start: isoDate, end: isoDate, days: z.number().int().min(1), dayType: z.enum(['calendar', 'working']) }),
  issuedOn: isoDate,
  snapshot: z.custom<LifecycleSnapshot>(isObject, '快照应为对象 / the snapshot must be an object'),
  entries: z.array(releaseEntry),
  corrections: z.array(z.strictObject(gradeCorrection)),
  createdBy: text,
  createdAt: instant,
}) satisfies z.ZodType<NoticeRelease>;

export const noticeCorrectionSchema = z.strictObject({
  ...gradeCorrection,
  id: text,
  batchId: text,
  flaggedBy: text,
  flaggedAt: instant,
  resolvedInRevision: z.number().int().min(1).optional(),
}) satisfies z.ZodType<NoticeCorrection>;

export const certificateSchema = z.strictObject({
  id: text,
  number: z.string().regex(/^\d{15}$/, '证书编号应为 15 位数字 / a certificate number is 15 digits'),
  dossierId: text,
  batchId: text,
  enterpriseId: text,
  enterpriseName: text,
  year: z.number().int().min(1990).max(2200),
  associationNumber: z.string().regex(/^\d{3}$/),
  serial: z.number().int().min(1),
  grade: text,
  status: z.enum(['valid', 'downgraded', 'revoked']),
  validFrom: isoDate,
  validTo: isoDate,
  reviewDueDates: z.array(isoDate),
  history: z.array(z.strictObject({ ...stamp, kind: z.enum(['issued', 'downgraded', 'revoked']), grade: text, number: text, on: isoDate, reason: z.string().optional() })),
  updatedAt: instant,
}) satisfies z.ZodType<Certificate>;
