// 试签: the bundled sample notice signed with the active identity, through the same PDF worker and
// signing path as real notices, so a supervisor can check a new certificate before the first 公示.
import { sampleNoticeSnapshot } from '../../../shared/documents/sample-snapshot';
import { userError, XinpingError } from '../../../shared/errors';
import { isAllowed, OPERATIONS, refusalError } from '../../../shared/operations';
import type { XinpingDb } from '../../db/schema';
import type { Actor } from '../../db/write';
import { appPdfClient } from '../../pdf/app-client';
import { activeSigningIdentity } from './identity';

export const NO_IDENTITY_ERROR = userError(
  'signing.no_identity',
  '尚未设置签名身份：请在「签名密钥」中生成密钥并导入 CA 签发的证书，或导入 PKCS#12 文件',
  'no signing identity is set up: under Signing keys, generate a key and import the certificate the CA issues, or import a PKCS#12 file',
);

export async function signSampleNotice(db: XinpingDb, actor: Actor): Promise<{ readonly fileName: string; readonly bytes: Uint8Array }> {
  if (!isAllowed(actor.role, OPERATIONS.manageSigningKeys)) throw new XinpingError(refusalError(actor.role, OPERATIONS.manageSigningKeys));
  const signer = await activeSigningIdentity(db);
  if (!signer) throw new XinpingError(NO_IDENTITY_ERROR);
  const client = await appPdfClient();
  const produced = await client.produce({ document: { kind: 'notice', snapshot: sampleNoticeSnapshot() }, signer });
  if (!produced.ok) throw new XinpingError(produced.error[0] ?? userError('pdf.failed', '生成 PDF 失败', 'the PDF could not be made'));
  return { fileName: `试签-${produced.value.fileName}`, bytes: produced.value.bytes };
}
