// Signs a rendered PDF: placeholder (pdf-lib), then the byte ranges around /Contents are fixed,
// hashed with SHA-256 and signed as CMS (PKI.js on WebCrypto), and the hex CMS written in place.
import { userError, XinpingError } from '../../../shared/errors';
import type { SealPlacement } from '../render';
import { concatBytes, indexOfAscii, sha256, toArrayBuffer, toHex } from './bytes';
import { certificateInfo } from './certificate-info';
import { buildCadesSignature } from './cms';
import type { SigningIdentity } from './keys';
import { addSignaturePlaceholder, BYTE_RANGE_PLACEHOLDER } from './placeholder';
import { pki } from './pki';

export type SignatureDetails = {
  readonly reason: string;
  readonly location: string;
  readonly contactInfo?: string;
  /** Defaults to the certificate's CN. */
  readonly name?: string;
  readonly signingTime?: Date;
  readonly fieldName?: string;
};

function contentsSize(signer: SigningIdentity): number {
  const certs = signer.certificate.length + signer.chain.reduce((n, c) => n + c.length, 0);
  return Math.ceil((certs + 4096) / 1024) * 1024;
}

function findPlaceholder(pdf: Uint8Array): { byteRangeAt: number; byteRangeLength: number; contentsStart: number; contentsEnd: number } {
  const pattern = `[ 0 ${BYTE_RANGE_PLACEHOLDER} ${BYTE_RANGE_PLACEHOLDER} ${BYTE_RANGE_PLACEHOLDER} ]`;
  const byteRangeAt = indexOfAscii(pdf, pattern);
  const contentsStart = indexOfAscii(pdf, '/Contents <', byteRangeAt) + '/Contents '.length;
  const contentsEnd = indexOfAscii(pdf, '>', contentsStart) + 1;
  if (byteRangeAt < 0 || contentsStart < byteRangeAt || contentsEnd <= contentsStart) throw new Error('signature placeholder not found');
  return { byteRangeAt, byteRangeLength: pattern.length, contentsStart, contentsEnd };
}

export async function signPdf(pdf: Uint8Array, seal: SealPlacement, signer: SigningIdentity, details: SignatureDetails): Promise<Uint8Array> {
  const cert = pki().Certificate.fromBER(toArrayBuffer(signer.certificate));
  const signingTime = details.signingTime ?? new Date();
  const size = contentsSize(signer);
  const prepared = await addSignaturePlaceholder(pdf, seal, {
    name: details.name ?? certificateInfo(cert).subject.commonName ?? '',
    reason: details.reason,
    location: details.location,
    ...(details.contactInfo ? { contactInfo: details.contactInfo } : {}),
    signingTime,
    contentsSize: size,
    fieldName: details.fieldName ?? 'Signature1',
  });
  const at = findPlaceholder(prepared);
  const range = [0, at.contentsStart, at.contentsEnd, prepared.length - at.contentsEnd];
  const rangeText = `[${range.join(' ')}]`.padEnd(at.byteRangeLength, ' ');
  if (rangeText.length > at.byteRangeLength) throw new Error('byte range does not fit its placeholder');
  prepared.set(new TextEncoder().encode(rangeText), at.byteRangeAt);
  const digest = await sha256(concatBytes([prepared.subarray(0, at.contentsStart), prepared.subarray(at.contentsEnd)]));
  const cms = await buildCadesSignature({ digest, signer, signingTime });
  if (cms.length > size) {
    throw new XinpingError(userError('sign.too_large', '签名数据超出预留空间', 'the signature is larger than the space reserved for it'));
  }
  prepared.set(new TextEncoder().encode(toHex(cms)), at.contentsStart + 1);
  return prepared;
}
