// zod schemas for the records a bundle carries that shared/record-schemas.ts does not cover.
import { z } from 'zod';
import { checklistSchema, type Checklist } from '../checklist';
import { gradeScaleSchema, type GradeScale } from '../grade-scale-schema';
import type { AttachmentMeta, AuditEntry, Batch, Dossier, Enterprise, Objection, ScoreSheet, StoredDocument } from '../model';
import { batchSchema, dossierSchema, enterpriseSchema } from '../record-schemas';
import { parseIsoDate } from '../iso-date';
import { SYNCED_TABLES, type RecordTableName, type SyncedTable } from './format';
import { SHA256_PATTERN } from './manifest';
import type { Certificate, NoticeCorrection, NoticeRelease, ScreeningRecord } from '../lifecycle/types';
import { assessmentSchema, certificateSchema, noticeCorrectionSchema, noticeReleaseSchema, screeningSchema, type TravellingAssessment } from './lifecycle-schemas';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });
const isoDate = z.string().refine((s) => parseIsoDate(s).ok, '日期应为有效的 YYYY-MM-DD / a date must be a valid YYYY-MM-DD');
const sha256 = z.string().regex(SHA256_PATTERN, 'SHA-256 应为 64 位小写十六进制 / a SHA-256 is 64 lower-case hex digits');

export const indicatorScoreSchema = z.strictObject({
  indicatorId: text,
  score: z.number().finite().nullable(),
  isNotApplicable: z.boolean().optional(),
  comment: z.string().optional(),
  evidenceIds: z.array(text).optional(),
});

export const scoreSheetSchema = z.strictObject({
  id: text,
  dossierId: text,
  reviewerId: text,
  checklistHash: sha256,
  scores: z.array(indicatorScoreSchema),
  triggeredVetoIds: z.array(text),
  status: z.enum(['draft', 'submitted']),
  submittedAt: instant.optional(),
  updatedAt: instant,
}) satisfies z.ZodType<ScoreSheet>;

export const objectionSchema = z.strictObject({
  id: text,
  batchId: text,
  dossierId: text,
  raisedBy: text,
  contact: z.string(),
  grounds: text,
  receivedOn: isoDate,
  evidenceIds: z.array(text),
  outcome: z.enum(['upheld', 'rejected']).optional(),
  handling: z.string().optional(),
  handledAt: instant.optional(),
}) satisfies z.ZodType<Objection>;

export const attachmentMetaSchema = z.strictObject({
  id: text,
  dossierId: text,
  name: text.max(255),
  mimeType: text.max(200),
  size: z.number().int().min(0),
  sha256,
  addedAt: instant,
}) satisfies z.ZodType<AttachmentMeta>;

/** A stored document without its bytes; they travel as files/<sha256>. */
export type DocumentMeta = Omit<StoredDocument, 'bytes'>;

export const documentMetaSchema = z.strictObject({
  id: text,
  batchId: text,
  kind: z.enum(['notice', 'announcement', 'result_table', 'result_letter']),
  fileName: text.max(255),
  sha256,
  snapshot: z.unknown(),
  createdAt: instant,
}) satisfies z.ZodType<DocumentMeta>;

export const auditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  at: instant,
  actor: text,
  role: z.enum(['reviewer', 'staff', 'supervisor']),
  action: text,
  entity: text,
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: sha256,
  hash: sha256,
}) satisfies z.ZodType<AuditEntry>;

/**
 * Where a record's version comes from: `parent` is the hash of the version the sender last
 * synced (sent or received) before this one. The receiver fast-forwards only when `parent` is
 * its own current version; see docs/bundle-format.md § Lineage.
 */
export type LineageEntry = { readonly table: SyncedTable; readonly id: string; readonly parent: string };

export const lineageEntrySchema = z.strictObject({ table: z.enum(SYNCED_TABLES), id: text, parent: sha256 }) satisfies z.ZodType<LineageEntry>;

export type BundleRecords = {
  readonly batches: readonly Batch[];
  readonly enterprises: readonly Enterprise[];
  readonly dossiers: readonly Dossier[];
  readonly scoreSheets: readonly ScoreSheet[];
  readonly objections: readonly Objection[];
  readonly attachments: readonly AttachmentMeta[];
  readonly documents: readonly DocumentMeta[];
  readonly checklists: readonly Checklist[];
  readonly gradeScales: readonly GradeScale[];
  readonly screenings: readonly ScreeningRecord[];
  readonly assessments: readonly TravellingAssessment[];
  readonly noticeReleases: readonly NoticeRelease[];
  readonly noticeCorrections: readonly NoticeCorrection[];
  readonly certificates: readonly Certificate[];
  readonly audit: readonly AuditEntry[];
  readonly lineage: readonly LineageEntry[];
};

export const EMPTY_RECORDS: BundleRecords = {
  batches: [],
  enterprises: [],
  dossiers: [],
  scoreSheets: [],
  objections: [],
  attachments: [],
  documents: [],
  checklists: [],
  gradeScales: [],
  screenings: [],
  assessments: [],
  noticeReleases: [],
  noticeCorrections: [],
  certificates: [],
  audit: [],
  lineage: [],
};

export const RECORD_SCHEMAS = {
  batches: z.array(batchSchema),
  enterprises: z.array(enterpriseSchema),
  dossiers: z.array(dossierSchema),
  scoreSheets: z.array(scoreSheetSchema),
  objections: z.array(objectionSchema),
  attachments: z.array(attachmentMetaSchema),
  documents: z.array(documentMetaSchema),
  checklists: z.array(checklistSchema),
  gradeScales: z.array(gradeScaleSchema),
  screenings: z.array(screeningSchema),
  assessments: z.array(assessmentSchema),
  noticeReleases: z.array(noticeReleaseSchema),
  noticeCorrections: z.array(noticeCorrectionSchema),
  certificates: z.array(certificateSchema),
  audit: z.array(auditEntrySchema),
  lineage: z.array(lineageEntrySchema),
} as const satisfies Record<RecordTableName, z.ZodType>;
