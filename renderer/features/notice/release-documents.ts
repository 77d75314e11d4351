// A release (公示 / 更正公示 / 公告) as a PDF: rendered and, when the workstation has an active signing
// identity (renderer/features/signing), signed in the PDF worker (renderer/pdf), then stored in
// db.documents with its hash and the snapshot it was made from. One document per release (id `doc-<release id>`).
import { sampleCaqiProfile } from '../../../shared/documents/default-templates';
import type { AssociationProfile, DocumentSnapshot } from '../../../shared/documents/snapshot';
import { userError, XinpingError } from '../../../shared/errors';
import { withAssociationProfile } from '../../../shared/lifecycle/snapshot';
import type { NoticeRelease, ReleaseKind } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';
import { OPERATIONS, type Operation } from '../../../shared/operations';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor } from '../../db/write';
import { appPdfClient } from '../../pdf/app-client';
import { activeSigningIdentity } from '../signing/identity';
import { documentIdOf } from './document-ids';

// The release's own operation: whoever may publish it may store its document.
const OPERATION_OF: Readonly<Record<ReleaseKind, Operation>> = {
  notice: OPERATIONS.startNotice,
  correction: OPERATIONS.issueCorrectedNotice,
  announcement: OPERATIONS.finaliseBatch,
};

// TODO(lead): association profiles (office, contacts, platforms) belong in settings; until then
// only 中国质量检验协会's published profile is known and other associations are refused by name.
function profileFor(associationName: string): AssociationProfile {
  if (associationName === sampleCaqiProfile.name) return sampleCaqiProfile;
  throw new XinpingError(userError('document.no_profile', `尚未设置「${associationName}」的办公室与联系方式，无法生成公示文件`, `the office and contacts of ${associationName} are not set up; the notice cannot be made`, { field: 'association' }));
}

/** Renders (and signs, when it can) the release's PDF and stores it; replaces an earlier one. */
export async function produceReleaseDocument(db: XinpingDb, actor: Actor, release: NoticeRelease): Promise<StoredDocument> {
  const snapshot: DocumentSnapshot = withAssociationProfile(release.snapshot, profileFor(release.snapshot.association.name));
  // the active identity set up under 签名密钥; without one the PDF is an unsigned preview (the releases list says so)
  const signer = await activeSigningIdentity(db);
  const client = await appPdfClient();
  const kind = release.kind === 'announcement' ? 'announcement' : 'notice';
  const produced = await client.produce({ document: { kind, snapshot }, ...(signer ? { signer } : {}) });
  if (!produced.ok) {
    const [first] = produced.error;
    throw new XinpingError(first ?? userError('pdf.failed', '生成 PDF 失败', 'the PDF could not be made'));
  }
  const suffix = release.kind === 'correction' ? `（更正，第${release.revision}版）` : '';
  const document: StoredDocument = {
    id: documentIdOf(release),
    batchId: release.batchId,
    kind,
    fileName: produced.value.fileName.replace(/\.pdf$/u, `${suffix}.pdf`),
    sha256: produced.value.sha256,
    bytes: produced.value.bytes,
    snapshot: { ...snapshot, releaseId: release.id, revision: release.revision, isSigned: produced.value.isSigned },
    createdAt: new Date().toISOString(),
  };
  await write(db, actor, OPERATION_OF[release.kind], (scope) => scope.put('documents', document, 'document.store'), { tables: ['documents'] });
  return document;
}
