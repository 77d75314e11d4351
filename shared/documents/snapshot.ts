// The plain data a notice, announcement, result table or result letter is made from. A document
// stores the snapshot it was generated from, so the same snapshot always gives the same text.
import { z } from 'zod';
import { err, ok, type Result, type UserError } from '../errors';
import { parseIsoDate } from '../iso-date';
import type { EvaluationType, IsoDate } from '../model';
import { zodIssuesToUserErrors } from '../zod-errors';

export type ResultRow = {
  readonly name: string;
  /** Published label, e.g. "AAA", "A+", "AAA★". */
  readonly grade: string;
  readonly creditCode?: string;
  readonly certificateNumber?: string;
};

export type ResultSection = {
  readonly evaluationType: EvaluationType;
  readonly rows: readonly ResultRow[];
};

export type Platform = { readonly name: string; readonly url: string };

export type ContactBlock = {
  readonly people: readonly string[];
  readonly phones: readonly string[];
  readonly faxes: readonly string[];
  readonly address: string;
  readonly postcode?: string;
  readonly email?: string;
};

export type AssociationProfile = {
  readonly name: string;
  /** The office objections go to, e.g. "中国质量检验协会信评办". */
  readonly office: string;
  /** 《…》 titles without the book-title marks. */
  readonly measuresTitle: string;
  readonly indicatorSystemTitle: string;
  readonly platforms: readonly Platform[];
  readonly contact: ContactBlock;
};

export type NoticeWindow = { readonly start: IsoDate; readonly end: IsoDate; readonly days: number };

export type ObjectionTally = { readonly received: number; readonly upheld: number };

export type DocumentSnapshot = {
  readonly association: AssociationProfile;
  /** "2015年第三批" */
  readonly batchTitle: string;
  readonly issuedOn: IsoDate;
  /** Computed by shared/notice-period.ts; taken as given here. */
  readonly noticePeriod: NoticeWindow;
  readonly results: readonly ResultSection[];
  /** Extra words after a grade's count, e.g. AAA → "其中5家为……参评企业". */
  readonly gradeNotes?: Readonly<Record<string, string>>;
  /** For the final announcement (公告). */
  readonly objections?: ObjectionTally;
};

const text = z.string().trim().min(1);
const isoDate = z.string().refine((s) => parseIsoDate(s).ok, '日期应为有效的 YYYY-MM-DD / a date must be a valid YYYY-MM-DD');

const rowSchema = z.strictObject({
  name: text.max(200),
  grade: text.max(20),
  creditCode: z.string().trim().regex(/^[0-9A-Z]{18}$/, '统一社会信用代码应为 18 位 / a credit code has 18 characters').optional(),
  certificateNumber: z.string().trim().regex(/^\d{15}$/, '证书编号应为 15 位数字 / a certificate number is 15 digits').optional(),
}) satisfies z.ZodType<ResultRow>;

const contactSchema = z.strictObject({
  people: z.array(text).min(1),
  phones: z.array(text).min(1),
  faxes: z.array(text),
  address: text,
  postcode: z.string().regex(/^\d{6}$/, '邮编应为 6 位数字 / a postcode has 6 digits').optional(),
  email: z.email().optional(),
}) satisfies z.ZodType<ContactBlock>;

export const associationProfileSchema = z.strictObject({
  name: text,
  office: text,
  measuresTitle: text,
  indicatorSystemTitle: text,
  platforms: z.array(z.strictObject({ name: text, url: text })),
  contact: contactSchema,
}) satisfies z.ZodType<AssociationProfile>;

export const documentSnapshotSchema = z
  .strictObject({
    association: associationProfileSchema,
    batchTitle: text,
    issuedOn: isoDate,
    noticePeriod: z.strictObject({ start: isoDate, end: isoDate, days: z.number().int().min(1).max(365) }),
    results: z.array(z.strictObject({ evaluationType: z.enum(['enterprise', 'quality']), rows: z.array(rowSchema) })).min(1),
    gradeNotes: z.record(z.string(), z.string()).optional(),
    objections: z.strictObject({ received: z.number().int().min(0), upheld: z.number().int().min(0) }).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.noticePeriod.end < s.noticePeriod.start) {
      ctx.addIssue({ code: 'custom', path: ['noticePeriod', 'end'], message: '公示结束日期早于开始日期 / the notice ends before it starts' });
    }
    const seen = new Set<string>();
    s.results.forEach((section, i) => {
      if (seen.has(section.evaluationType)) {
        ctx.addIssue({ code: 'custom', path: ['results', i, 'evaluationType'], message: '同一评价类型出现两次 / an evaluation type appears twice' });
      }
      seen.add(section.evaluationType);
    });
    if (s.objections && s.objections.upheld > s.objections.received) {
      ctx.addIssue({ code: 'custom', path: ['objections', 'upheld'], message: '成立的异议多于收到的异议 / more objections upheld than received' });
    }
  }) satisfies z.ZodType<DocumentSnapshot>;

/** Trust boundary: snapshots come from the database, bundles or the UI. */
export function parseSnapshot(input: unknown): Result<DocumentSnapshot, readonly UserError[]> {
  const parsed = documentSnapshotSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'document.snapshot_invalid'));
}

export function totalRows(snapshot: DocumentSnapshot): number {
  return snapshot.results.reduce((n, s) => n + s.rows.length, 0);
}
