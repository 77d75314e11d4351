// A small certificate authority for tests, the demo and trying the app without the association's
// real CA: a self-signed CA certificate, and signing certificates issued from PKCS#10 requests.
import * as asn1js from 'asn1js';
import type { Certificate } from 'pkijs';
import { toArrayBuffer } from './bytes';
import { generateSigningKeyPair, type KeyAlgorithmName } from './keys';
import { toRdn, type DistinguishedName } from './names';
import { OID, pki } from './pki';

export type CertificateAuthority = {
  readonly certificate: Uint8Array;
  readonly privateKey: CryptoKey;
};

export type Validity = { readonly notBefore: Date; readonly notAfter: Date };

const DAY = 86_400_000;

export function validityFromNow(days: number, now = new Date()): Validity {
  return { notBefore: new Date(now.getTime() - DAY), notAfter: new Date(now.getTime() + days * DAY) };
}

function randomSerial(): asn1js.Integer {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return new asn1js.Integer({ valueHex: bytes.buffer });
}

async function keyId(cert: Certificate): Promise<ArrayBuffer> {
  return globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(new Uint8Array(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)));
}

function bits(mask: number, unused: number): ArrayBuffer {
  return new asn1js.BitString({ valueHex: new Uint8Array([mask]).buffer, unusedBits: unused }).toBER(false);
}

async function addExtensions(cert: Certificate, isCa: boolean, issuerKeyId: ArrayBuffer | null): Promise<void> {
  const { Extension, BasicConstraints, ExtKeyUsage, AuthorityKeyIdentifier } = pki();
  cert.extensions = [
    new Extension({ extnID: OID.basicConstraints, critical: true, extnValue: new BasicConstraints({ cA: isCa }).toSchema().toBER(false), parsedValue: new BasicConstraints({ cA: isCa }) }),
    // CA: keyCertSign + cRLSign; signer: digitalSignature + nonRepudiation
    new Extension({ extnID: OID.keyUsage, critical: true, extnValue: isCa ? bits(0x06, 1) : bits(0xc0, 6) }),
    new Extension({ extnID: OID.subjectKeyIdentifier, extnValue: new asn1js.OctetString({ valueHex: await keyId(cert) }).toBER(false) }),
  ];
  if (!isCa) {
    cert.extensions.push(new Extension({ extnID: OID.extKeyUsage, extnValue: new ExtKeyUsage({ keyPurposes: [OID.emailProtection, OID.documentSigning] }).toSchema().toBER(false) }));
  }
  if (issuerKeyId) {
    cert.extensions.push(new Extension({ extnID: OID.authorityKeyIdentifier, extnValue: new AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: issuerKeyId }) }).toSchema().toBER(false) }));
  }
}

function baseCertificate(subject: DistinguishedName | Certificate['subject'], issuer: Certificate['issuer'] | null, validity: Validity): Certificate {
  const { Certificate: Cert, Time } = pki();
  const cert = new Cert();
  cert.version = 2;
  cert.serialNumber = randomSerial();
  cert.subject = 'typesAndValues' in subject ? subject : toRdn(subject);
  cert.issuer = issuer ?? cert.subject;
  cert.notBefore = new Time({ type: 0, value: validity.notBefore });
  cert.notAfter = new Time({ type: 0, value: validity.notAfter });
  return cert;
}

export async function createCertificateAuthority(subject: DistinguishedName, validity: Validity = validityFromNow(3650), algorithm: KeyAlgorithmName = 'ECDSA-P256'): Promise<CertificateAuthority> {
  const keys = await generateSigningKeyPair(algorithm);
  const cert = baseCertificate(subject, null, validity);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await addExtensions(cert, true, null);
  await cert.sign(keys.privateKey, 'SHA-256');
  return { certificate: new Uint8Array(cert.toSchema().toBER(false)), privateKey: keys.privateKey };
}

/** Issue a signing certificate for a PKCS#10 request (its signature is checked first). */
export async function issueCertificate(ca: CertificateAuthority, requestDer: Uint8Array, validity: Validity = validityFromNow(1095)): Promise<Uint8Array> {
  const { CertificationRequest, Certificate: Cert } = pki();
  const csr = CertificationRequest.fromBER(toArrayBuffer(requestDer));
  if (!(await csr.verify())) throw new Error('the certification request signature is invalid');
  const caCert = Cert.fromBER(toArrayBuffer(ca.certificate));
  const cert = baseCertificate(csr.subject, caCert.subject, validity);
  cert.subjectPublicKeyInfo = csr.subjectPublicKeyInfo;
  await addExtensions(cert, false, await keyId(caCert));
  await cert.sign(ca.privateKey, 'SHA-256');
  return new Uint8Array(cert.toSchema().toBER(false));
}
