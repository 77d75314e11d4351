// A release (公示 / 更正公示 / 公告) as a PDF: rendered and, when this workstation holds a signing
// certificate, signed in the PDF worker (renderer/pdf), then stored in db.documents with its hash and
// the snapshot it was made from. One document per release (id `doc-<release id>`).
import { sampleCaqiProfile } from '../../../shared/documents/default-templates';
import type { AssociationProfile, DocumentSnapshot } from '../../../shared/documents/snapshot';
import { userError, XinpingError } from '../../../shared/errors';
import { withAssociationProfile } from '../../../shared/lifecycle/snapshot';
import type { NoticeRelease, ReleaseKind } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';
import { OPERATIONS, type Operation } from '../../../shared/operations';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor } from '../../db/write';
import type { FontSet } from '../../pdf/engine';
import type { SigningIdentity } from '../../pdf/sign/keys';
import { createPdfWorkerClient, type PdfWorkerClient } from '../../pdf/worker-client';
import { documentIdOf } from './document-ids';

// The release's own operation: whoever may publish it may store its document.
const OPERATION_OF: Readonly<Record<ReleaseKind, Operation>> = {
  notice: OPERATIONS.startNotice,
  correction: OPERATIONS.issueCorrectedNotice,
  announcement: OPERATIONS.finaliseBatch,
};

// Vite emits the fonts as assets and rewrites these URLs; nothing is fetched until a PDF is made.
const regularFontUrl = new URL('../../../resources/fonts/NotoSansSC_400Regular.ttf', import.meta.url).href;
const boldFontUrl = new URL('../../../resources/fonts/NotoSansSC_700Bold.ttf', import.meta.url).href;

let fonts: Promise<FontSet> | undefined;
let client: PdfWorkerClient | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new XinpingError(userError('pdf.font_missing', `无法读取字体文件（${response.status}）`, `the font file could not be read (${response.status})`, { file: url }));
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<FontSet> {
  fonts ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => { fonts = undefined; });
  return fonts;
}

// TODO(lead): association profiles (office, contacts, platforms) belong in settings; until then
// only 中国质量检验协会's published profile is known and other associations are refused by name.
function profileFor(associationName: string): AssociationProfile {
  if (associationName === sampleCaqiProfile.name) return sampleCaqiProfile;
  throw new XinpingError(userError('document.no_profile', `尚未设置「${associationName}」的办公室与联系方式，无法生成公示文件`, `the office and contacts of ${associationName} are not set up; the notice cannot be made`, { field: 'association' }));
}

/** The workstation's signing identity: the first key that has an issued certificate. */
async function signerOf(db: XinpingDb): Promise<SigningIdentity | undefined> {
  const keys = await db.keys.orderBy('createdAt').toArray();
  const key = keys.find((k) => k.certificateDer !== undefined);
  return key?.certificateDer ? { privateKey: key.privateKey, certificate: key.certificateDer, chain: key.chainDer ?? [] } : undefined;
}

/** Renders (and signs, when it can) the release's PDF and stores it; replaces an earlier one. */
export async function produceReleaseDocument(db: XinpingDb, actor: Actor, release: NoticeRelease): Promise<StoredDocument> {
  const snapshot: DocumentSnapshot = withAssociationProfile(release.snapshot, profileFor(release.snapshot.association.name));
  const signer = await signerOf(db);
  client ??= createPdfWorkerClient(await loadFonts());
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
