// What goes into a bundle: a whole batch, or one reviewer's part of it (the dossiers assigned
// to them and their own score sheets), read in one transaction so the picture is consistent.
import { userError, XinpingError } from '../../shared/errors';
import type { BundleKind } from '../../shared/bundle/manifest';
import { EMPTY_RECORDS, type BundleRecords } from '../../shared/bundle/record-schemas';
import type { AuditEntry } from '../../shared/model';
import type { ChainHead } from '../../shared/audit';
import { chainHead } from '../db/audit';
import { fromDossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { sharedForm } from './record-forms';
import { collectLifecycle, LIFECYCLE_TABLES, lifecycleAuditKeys } from './collect-lifecycle';

export type ExportScope = {
  readonly batchId: string;
  /** Only this reviewer's dossiers and sheets. */
  readonly reviewerId?: string;
  readonly kind: BundleKind;
};

export type Collected = {
  readonly records: BundleRecords;
  readonly files: readonly Uint8Array[];
  readonly batchTitle: string;
  readonly auditHead: ChainHead;
};

const TABLES = ['batches', 'dossiers', 'enterprises', 'scoreSheets', 'objections', 'attachments', 'documents', 'checklists', 'gradeScales', 'audit', ...LIFECYCLE_TABLES] as const;

export async function collect(db: XinpingDb, scope: ExportScope): Promise<Collected> {
  const collected = await db.transaction('r', [...TABLES], async () => {
    const batch = await db.batches.get(scope.batchId);
    if (!batch) {
      throw new XinpingError(userError('sync.no_batch', `找不到批次“${scope.batchId}”，无法导出`, `batch "${scope.batchId}" was not found; nothing to export`, { field: 'batchId' }));
    }
    const { reviewerId } = scope;
    const rows = await db.dossiers.where('batchId').equals(batch.id).toArray();
    const dossierRows = reviewerId === undefined ? rows : rows.filter((d) => d.reviewerIds.includes(reviewerId));
    const dossierIds = dossierRows.map((d) => d.id);
    const enterpriseIds = [...new Set(dossierRows.map((d) => d.enterpriseId))];
    const enterprises = (await db.enterprises.bulkGet(enterpriseIds)).filter((e) => e !== undefined);
    const allSheets = await db.scoreSheets.where('dossierId').anyOf(dossierIds).toArray();
    const scoreSheets = reviewerId === undefined ? allSheets : allSheets.filter((s) => s.reviewerId === reviewerId);
    const isReviewerPart = scope.kind === 'reviewer';
    const included = new Set(dossierIds);
    const objections = isReviewerPart ? [] : (await db.objections.where('batchId').equals(batch.id).toArray()).filter((o) => included.has(o.dossierId));
    const attachmentRows = await db.attachments.where('dossierId').anyOf(dossierIds).toArray();
    const documentRows = isReviewerPart ? [] : await db.documents.where('batchId').equals(batch.id).toArray();
    const checklists = (await db.checklists.bulkGet([batch.checklistId])).filter((c) => c !== undefined);
    const gradeScales = (await db.gradeScales.bulkGet([batch.gradeScaleId])).filter((g) => g !== undefined);
    // A reviewer's part, or a work package for one, carries no grades or certificates: those are the office's.
    const lifecycle = isReviewerPart || reviewerId !== undefined ? undefined : await collectLifecycle(db, batch.id, included);
    const keys = [
      ...lifecycleAuditKeys(lifecycle),
      ...dossierIds.map((id) => ['dossiers', id]),
      ...scoreSheets.map((s) => ['scoreSheets', s.id]),
      ...objections.map((o) => ['objections', o.id]),
      ...attachmentRows.map((a) => ['attachments', a.id]),
    ];
    const audit: AuditEntry[] = keys.length === 0 ? [] : await db.audit.where('[entity+entityId]').anyOf(keys).toArray();
    audit.sort((a, b) => a.seq - b.seq);
    return { batch, dossierRows, enterprises, scoreSheets, objections, attachmentRows, documentRows, checklists, gradeScales, lifecycle, audit, auditHead: await chainHead(db.audit) };
  });
  // Blob bytes are read outside the transaction: awaiting a Blob would let IndexedDB commit early.
  const attachmentBytes = await Promise.all(collected.attachmentRows.map(async (a) => new Uint8Array(await a.blob.arrayBuffer())));
  const records: BundleRecords = {
    ...EMPTY_RECORDS,
    batches: [collected.batch],
    enterprises: collected.enterprises,
    dossiers: collected.dossierRows.map(fromDossierRow),
    scoreSheets: collected.scoreSheets,
    objections: collected.objections,
    attachments: collected.attachmentRows.map((a) => sharedForm('attachments', a)),
    documents: collected.documentRows.map((d) => sharedForm('documents', d)),
    checklists: collected.checklists,
    gradeScales: collected.gradeScales,
    ...(collected.lifecycle ? { ...collected.lifecycle, assessments: collected.lifecycle.assessments.map((a) => sharedForm('assessments', a)) } : {}),
    audit: collected.audit,
  };
  return { records, files: [...attachmentBytes, ...collected.documentRows.map((d) => d.bytes)], batchTitle: collected.batch.title, auditHead: collected.auditHead };
}
