// Records, keys and bundles for the bundle tests: one batch, two enterprises and dossiers,
// a reviewer's sheet, an objection, an attachment and a signed document.
import { chainEntries, GENESIS_HEAD } from '../../../shared/audit';
import { sha256Hex } from '../../../shared/canonical';
import type { AttachmentMeta, Batch, Dossier, Enterprise, Objection, ScoreSheet } from '../../../shared/model';
import { EMPTY_RECORDS, type BundleRecords, type DocumentMeta } from '../../../shared/bundle/record-schemas';
import { jwkSenderKey, webCryptoSigner, type ManifestSigner } from '../../../shared/bundle/signature';
import { writeBundle, type BundleDraft, type WrittenBundle } from '../../../shared/bundle/write';
import { newBatch } from '../../../shared/resources';

export const BATCH_ID = 'b-2015-3';
export const REVIEWER = '张三';

export async function newSigner(): Promise<ManifestSigner> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  return webCryptoSigner(keys.privateKey, await jwkSenderKey(keys.publicKey));
}

export function pdfBytes(seed: number, size = 2048): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  if (size >= 9) out.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return out;
}

export const batchRecord: Batch = newBatch({ id: BATCH_ID, title: '2015年第三批', year: 2015, createdAt: '2015-06-01T00:00:00.000Z' });

export const enterprises: Enterprise[] = [
  { id: 'e1', name: '北京检测仪器有限公司', creditCode: '91110000600001760P', region: '北京', industry: '制造业' },
  { id: 'e2', name: '上海质检服务有限公司', creditCode: '91310000MA1FL0XX1N', region: '上海', industry: '服务业', creditCodeOverride: { reason: '测试', by: '张三', at: '2015-06-01T00:00:00.000Z' } },
];

export function dossierRecord(id: string, enterpriseId: string, extra: Partial<Dossier> = {}): Dossier {
  return { id, batchId: BATCH_ID, enterpriseId, evaluationType: 'enterprise', state: 'scoring', reviewerIds: [REVIEWER], updatedAt: '2015-06-02T00:00:00.000Z', ...extra };
}

export function sheetRecord(id: string, dossierId: string, reviewerId = REVIEWER, score = 8): ScoreSheet {
  return {
    id,
    dossierId,
    reviewerId,
    checklistHash: 'a'.repeat(64),
    scores: [{ indicatorId: 'i1', score, comment: '资料齐全' }],
    triggeredVetoIds: [],
    status: 'submitted',
    submittedAt: '2015-06-05T00:00:00.000Z',
    updatedAt: '2015-06-05T00:00:00.000Z',
  };
}

export const attachmentFile = pdfBytes(1);
export const documentFile = pdfBytes(2);

export function sampleRecords(): BundleRecords {
  const attachment: AttachmentMeta = { id: 'a1', dossierId: 'd1', name: '营业执照.pdf', mimeType: 'application/pdf', size: attachmentFile.length, sha256: sha256Hex(attachmentFile), addedAt: '2015-06-02T00:00:00.000Z' };
  const document: DocumentMeta = { id: 'doc1', batchId: BATCH_ID, kind: 'notice', fileName: '公示通知.pdf', sha256: sha256Hex(documentFile), snapshot: { rows: 2 }, createdAt: '2015-07-12T00:00:00.000Z' };
  const objection: Objection = { id: 'o1', batchId: BATCH_ID, dossierId: 'd2', raisedBy: '李四', contact: '010-1234', grounds: '分数偏高', receivedOn: '2015-07-14', evidenceIds: [] };
  const audit = chainEntries(GENESIS_HEAD, [
    { at: '2015-06-05T00:00:00.000Z', actor: REVIEWER, role: 'reviewer', action: 'create', entity: 'scoreSheets', entityId: 's1', before: null, after: { id: 's1' } },
  ]);
  return {
    ...EMPTY_RECORDS,
    batches: [batchRecord],
    enterprises,
    dossiers: [dossierRecord('d1', 'e1'), dossierRecord('d2', 'e2')],
    scoreSheets: [sheetRecord('s1', 'd1')],
    objections: [objection],
    attachments: [attachment],
    documents: [document],
    audit,
  };
}

export function draft(extra: Partial<BundleDraft> = {}): BundleDraft {
  return {
    bundleId: 'bundle-0001',
    kind: 'batch',
    batch: { id: BATCH_ID, title: batchRecord.title },
    sender: { name: '王主管', role: 'supervisor' },
    createdAt: '2015-07-12T08:00:00.000Z',
    records: sampleRecords(),
    files: [attachmentFile, documentFile],
    ...extra,
  };
}

export async function sampleBundle(extra: Partial<BundleDraft> = {}, signer?: ManifestSigner): Promise<WrittenBundle> {
  return writeBundle(draft(extra), signer ?? (await newSigner()));
}
