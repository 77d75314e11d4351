// CAdES-style detached CMS SignedData over a PDF's byte ranges (SubFilter ETSI.CAdES.detached):
// SHA-256, signed attributes contentType, signingTime, messageDigest and ESS signingCertificateV2
// (RFC 5035), which binds the signer's certificate into what is signed.
import * as asn1js from 'asn1js';
import type { Attribute, Certificate } from 'pkijs';
import { sha256, toArrayBuffer } from './bytes';
import type { SigningIdentity } from './keys';
import { OID, pki } from './pki';

function signingCertificateV2(cert: Certificate, certHash: Uint8Array): asn1js.Sequence {
  const { GeneralName } = pki();
  // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash, issuerSerial }
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new GeneralName({ type: 4, value: cert.issuer }).toSchema()] }), cert.serialNumber],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

/** DER wants SET OF members sorted by their encodings; verifiers that re-encode would otherwise disagree. */
function derSorted(attributes: Attribute[]): Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  return encoded.sort((x, y) => compareBytes(x.der, y.der)).map((x) => x.a);
}

export type CmsInput = {
  /** SHA-256 of the signed byte ranges. */
  readonly digest: Uint8Array;
  readonly signer: SigningIdentity;
  readonly signingTime: Date;
};

export async function buildCadesSignature(input: CmsInput): Promise<Uint8Array> {
  const { Attribute: Attr, Certificate: Cert, ContentInfo, EncapsulatedContentInfo, IssuerAndSerialNumber, SignedAndUnsignedAttributes, SignedData, SignerInfo } = pki();
  const cert = Cert.fromBER(toArrayBuffer(input.signer.certificate));
  const chain = input.signer.chain.map((der) => Cert.fromBER(toArrayBuffer(der)));
  const attributes = derSorted([
    new Attr({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new Attr({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: input.signingTime })] }),
    new Attr({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(input.digest) })] }),
    new Attr({ type: OID.signingCertificateV2, values: [signingCertificateV2(cert, await sha256(input.signer.certificate))] }),
  ]);
  const signed = new SignedData({
    version: 1,
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [new SignerInfo({
      version: 1,
      sid: new IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
      signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes }),
    })],
    certificates: [cert, ...chain],
  });
  await signed.sign(input.signer.privateKey, 0, 'SHA-256');
  const info = new ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER(false));
}
