// A realistic batch for tests and benches: N enterprises and dossiers, each with one PDF-sized
// attachment (incompressible bytes, as real PDF streams are) and a score sheet.
import { sha256Hex } from '../../shared/canonical';
import { completeCreditCode } from '../../shared/credit-code';
import { EMPTY_RECORDS } from '../../shared/bundle/record-schemas';
import { newBatch } from '../../shared/resources';
import type { BundleDraft } from '../../shared/bundle/write';
import type { AttachmentMeta, Batch, Dossier, Enterprise, ScoreSheet } from '../../shared/model';

export type SampleOptions = {
  readonly batchId: string;
  readonly dossiers: number;
  readonly reviewer: string;
  /** Size of dossier i's attachment. */
  readonly fileBytes: (i: number) => number;
  /** Different seeds give different file bytes; equal seeds share them. */
  readonly seed?: number;
  readonly bundleId?: string;
  readonly firstDossier?: number;
};

export function pseudoPdf(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = (seed * 2654435761 + 0x9e3779b9) >>> 0;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
    out[i + 1] = (x >>> 8) & 255;
    out[i + 2] = (x >>> 16) & 255;
    out[i + 3] = (x >>> 24) & 255;
  }
  out.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
  return out.subarray(0, size);
}

const AT = '2015-06-05T00:00:00.000Z';

export function sampleBatch(batchId: string): Batch {
  return newBatch({ id: batchId, title: '2015年第三批', year: 2015, createdAt: AT });
}

/** A reviewer's bundle draft: their dossiers, sheets and attachments. */
export function reviewerDraft(o: SampleOptions): BundleDraft {
  const enterprises: Enterprise[] = [];
  const dossiers: Dossier[] = [];
  const sheets: ScoreSheet[] = [];
  const attachments: AttachmentMeta[] = [];
  const files: Uint8Array[] = [];
  const first = o.firstDossier ?? 0;
  for (let i = first; i < first + o.dossiers; i++) {
    const n = String(i).padStart(6, '0');
    enterprises.push({ id: `e${n}`, name: `样例企业${n}有限公司`, creditCode: completeCreditCode(`91110000${String(i).padStart(8, '0')}`), region: '北京', industry: '制造业' });
    dossiers.push({ id: `d${n}`, batchId: o.batchId, enterpriseId: `e${n}`, evaluationType: 'enterprise', state: 'scoring', reviewerIds: [o.reviewer], updatedAt: AT });
    sheets.push({ id: `s${n}-${o.reviewer}`, dossierId: `d${n}`, reviewerId: o.reviewer, checklistHash: 'a'.repeat(64), scores: [{ indicatorId: 'i1', score: 8, comment: '资料齐全' }], triggeredVetoIds: [], status: 'submitted', submittedAt: AT, updatedAt: AT });
    const bytes = pseudoPdf((o.seed ?? 1) * 1_000_003 + i, o.fileBytes(i));
    files.push(bytes);
    attachments.push({ id: `a${n}`, dossierId: `d${n}`, name: `营业执照-${n}.pdf`, mimeType: 'application/pdf', size: bytes.length, sha256: sha256Hex(bytes), addedAt: AT });
  }
  return {
    bundleId: o.bundleId ?? `bundle-${o.reviewer.codePointAt(0)?.toString(16) ?? 'x'}-${first}-${o.dossiers}-${o.seed ?? 1}`,
    kind: 'reviewer',
    batch: { id: o.batchId, title: '2015年第三批' },
    sender: { name: o.reviewer, role: 'reviewer', reviewerId: o.reviewer },
    createdAt: AT,
    records: { ...EMPTY_RECORDS, batches: [sampleBatch(o.batchId)], enterprises, dossiers, scoreSheets: sheets, attachments },
    files,
  };
}
