// Opens any PDF's bytes and reports, per signature: who signed (decoded subject), when, whether
// the signature covers the whole file, whether the file changed after signing, whether the
// signature value is right, and whether the signer's certificate chains to an imported CA.
import * as asn1js from 'asn1js';
import type { Certificate, SignedData, SignerInfo } from 'pkijs';
import { concatBytes, toArrayBuffer } from '../sign/bytes';
import { certificateInfo, type CertificateInfo } from '../sign/certificate-info';
import { describeName } from '../sign/names';
import { OID, pki } from '../sign/pki';
import { checkChain, type ChainStatus } from './chain';
import { findSignatures, type FoundSignature } from './find-signatures';
import { chainMessage, MESSAGES, type Message } from './messages';

export type CheckId = 'structure' | 'integrity' | 'coverage' | 'signature' | 'chain';
export type VerificationCheck = Message & { readonly id: CheckId; readonly isOk: boolean };

export type SignatureReport = {
  readonly index: number;
  readonly subFilter?: string;
  readonly signer: CertificateInfo | null;
  /** From the signed signingTime attribute, else the dictionary's /M. */
  readonly signingTime?: string;
  readonly reason?: string;
  readonly location?: string;
  readonly byteRange: readonly [number, number, number, number];
  readonly isWholeDocumentCovered: boolean;
  readonly isUnchanged: boolean;
  readonly isSignatureValid: boolean;
  readonly chain: ChainStatus | 'not-checked';
  readonly checks: readonly VerificationCheck[];
  readonly isValid: boolean;
};

export type PdfVerification = {
  readonly isSigned: boolean;
  readonly isValid: boolean;
  readonly signatures: readonly SignatureReport[];
  readonly summary: Message;
};

export type VerifyOptions = {
  /** Association CA certificates (DER) the user imported. */
  readonly trustedCertificates?: readonly Uint8Array[];
};

const HASHES: Record<string, string> = { [OID.sha256]: 'SHA-256', '2.16.840.1.101.3.4.2.2': 'SHA-384', '2.16.840.1.101.3.4.2.3': 'SHA-512' };

function attribute(info: SignerInfo, type: string): unknown {
  return info.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

function signerCertificate(signed: SignedData, info: SignerInfo): Certificate | null {
  const certs = (signed.certificates ?? []).filter((c): c is Certificate => 'subjectPublicKeyInfo' in c);
  const sid = info.sid as { issuer?: Certificate['issuer']; serialNumber?: asn1js.Integer };
  return certs.find((c) => sid.issuer !== undefined && sid.serialNumber !== undefined && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
}

function check(id: CheckId, isOk: boolean, ok: Message, bad: Message): VerificationCheck {
  return { id, isOk, ...(isOk ? ok : bad) };
}

function failed(found: FoundSignature, index: number, problem: Message): SignatureReport {
  return {
    index, subFilter: found.subFilter, signer: null, reason: found.reason, location: found.location, byteRange: found.byteRange,
    isWholeDocumentCovered: false, isUnchanged: false, isSignatureValid: false, chain: 'not-checked',
    checks: [{ id: 'structure', isOk: false, ...problem }], isValid: false,
  };
}

async function verifyOne(pdf: Uint8Array, found: FoundSignature, index: number, anchors: readonly Certificate[]): Promise<SignatureReport> {
  if (found.problem === 'range') return failed(found, index, MESSAGES.rangeBroken);
  if (found.problem === 'contents') return failed(found, index, MESSAGES.contentsBroken);
  const { ContentInfo, SignedData: Signed, getCrypto } = pki();
  let signed: SignedData;
  try {
    const parsed = asn1js.fromBER(toArrayBuffer(found.contents));
    const content = new ContentInfo({ schema: parsed.result });
    signed = new Signed({ schema: content.content });
  } catch {
    return failed(found, index, MESSAGES.cmsBroken);
  }
  const info = signed.signerInfos[0];
  const cert = info ? signerCertificate(signed, info) : null;
  if (!info || !cert) return failed(found, index, MESSAGES.noSignerCert);
  const [a, b, c, d] = found.byteRange;
  const hashName = HASHES[info.digestAlgorithm.algorithmId] ?? 'SHA-256';
  const covered = concatBytes([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest(hashName, toArrayBuffer(covered)));
  const claimed = attribute(info, OID.messageDigest) as asn1js.OctetString | undefined;
  const claimedDigest = claimed ? new Uint8Array(claimed.valueBlock.valueHexView) : new Uint8Array(0);
  const isUnchanged = claimedDigest.length === digest.length && claimedDigest.every((x, i) => x === digest[i]);
  const isWholeDocumentCovered = a === 0 && c + d === pdf.length;
  let isSignatureValid = false;
  if (info.signedAttrs) {
    const signedBytes = new Uint8Array(info.signedAttrs.encodedValue.slice(0));
    signedBytes[0] = 0x31; // signed over as an explicit SET OF, not the [0] IMPLICIT tag it is stored with
    try {
      isSignatureValid = await getCrypto(true).verifyWithPublicKey(signedBytes, info.signature, cert.subjectPublicKeyInfo, info.signatureAlgorithm, hashName);
    } catch {
      isSignatureValid = false;
    }
  }
  const time = attribute(info, OID.signingTime) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const signingTime = time?.toDate();
  const intermediates = (signed.certificates ?? []).filter((x): x is Certificate => 'subjectPublicKeyInfo' in x && x !== cert);
  const chain = anchors.length === 0 ? null : await checkChain(cert, intermediates, anchors, signingTime ?? new Date());
  const issuer = describeName(cert.issuer).text;
  const checks: VerificationCheck[] = [
    check('integrity', isUnchanged, MESSAGES.unchanged, MESSAGES.changed),
    check('coverage', isWholeDocumentCovered, MESSAGES.wholeDocument, MESSAGES.partial),
    check('signature', isSignatureValid, MESSAGES.signatureValid, MESSAGES.signatureInvalid),
    chain ? { id: 'chain', isOk: chain.status === 'trusted', ...chainMessage(chain.status, issuer) } : { id: 'chain', isOk: false, ...MESSAGES.noAnchors },
  ];
  return {
    index,
    subFilter: found.subFilter,
    signer: certificateInfo(cert),
    signingTime: signingTime?.toISOString() ?? found.claimedTime,
    reason: found.reason,
    location: found.location,
    byteRange: found.byteRange,
    isWholeDocumentCovered,
    isUnchanged,
    isSignatureValid,
    chain: chain?.status ?? 'not-checked',
    checks,
    isValid: checks.every((x) => x.isOk),
  };
}

export async function verifyPdf(pdf: Uint8Array, options: VerifyOptions = {}): Promise<PdfVerification> {
  const { Certificate: Cert } = pki();
  const anchors = (options.trustedCertificates ?? []).map((der) => Cert.fromBER(toArrayBuffer(der)));
  const found = findSignatures(pdf);
  const signatures = await Promise.all(found.map((f, i) => verifyOne(pdf, f, i, anchors)));
  const isValid = signatures.length > 0 && signatures.every((s) => s.isValid);
  const firstProblem = signatures.flatMap((s) => s.checks).find((x) => !x.isOk);
  const summary: Message = signatures.length === 0 ? MESSAGES.unsigned
    : isValid ? { zh: `签名有效：${signatures.map((s) => s.signer?.subject.commonName ?? '').join('、')}`, en: `signature valid: ${signatures.map((s) => s.signer?.subject.commonName ?? '').join(', ')}` }
    : { zh: firstProblem?.zh ?? '', en: firstProblem?.en ?? '' };
  return { isSigned: signatures.length > 0, isValid, signatures, summary };
}
