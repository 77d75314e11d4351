// Signing keys. Either generated here (non-extractable WebCrypto key, kept in IndexedDB by the
// app) with a PKCS#10 request for the association's CA, then the issued certificate imported;
// or a PKCS#12 file (key + certificate) imported with its password.
import * as asn1js from 'asn1js';
import { err, ok, userError, type Result } from '../../../shared/errors';
import { certificateInfo, parseCertificate, type CertificateInfo } from './certificate-info';
import { toRdn, type DistinguishedName } from './names';
import { OID, pki } from './pki';

export type KeyAlgorithmName = 'ECDSA-P256' | 'RSA-2048';

export type SigningIdentity = {
  readonly privateKey: CryptoKey;
  /** The signer's certificate, DER. */
  readonly certificate: Uint8Array;
  /** Issuing CA certificates, DER, nearest first (may be empty). */
  readonly chain: readonly Uint8Array[];
};

const ALGORITHMS: Record<KeyAlgorithmName, EcKeyGenParams | RsaHashedKeyGenParams> = {
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
  'RSA-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};

/** A new key pair; the private key cannot be exported (only used through WebCrypto). */
export async function generateSigningKeyPair(algorithm: KeyAlgorithmName = 'ECDSA-P256'): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(ALGORITHMS[algorithm], false, ['sign', 'verify']);
}

/** PKCS#10 certification request (DER) for the association's CA, subject in UTF8String. */
export async function createCertificationRequest(keys: CryptoKeyPair, subject: DistinguishedName): Promise<Uint8Array> {
  const { CertificationRequest, Attribute, Extensions, Extension } = pki();
  const csr = new CertificationRequest();
  csr.subject = toRdn(subject);
  await csr.subjectPublicKeyInfo.importKey(keys.publicKey);
  // ask for a signing certificate: digitalSignature + nonRepudiation
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  csr.attributes = [new Attribute({
    type: '1.2.840.113549.1.9.14',
    values: [new Extensions({ extensions: [new Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) })] }).toSchema()],
  })];
  await csr.sign(keys.privateKey, 'SHA-256');
  return new Uint8Array(csr.toSchema().toBER(false));
}

async function spki(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', key));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The certificate the CA issued for our request: it must carry our public key. */
export async function importIssuedCertificate(bytes: Uint8Array, publicKey: CryptoKey, file?: string): Promise<Result<{ der: Uint8Array; info: CertificateInfo }>> {
  const parsed = parseCertificate(bytes, file);
  if (!parsed.ok) return parsed;
  const certKey = new Uint8Array(parsed.value.cert.subjectPublicKeyInfo.toSchema().toBER(false));
  if (!sameBytes(certKey, await spki(publicKey))) {
    return err(userError('cert.key_mismatch', '该证书不是为本机签章密钥签发的（公钥不一致）', 'this certificate was not issued for this signing key (public keys differ)', file ? { file } : undefined));
  }
  return ok({ der: parsed.value.der, info: certificateInfo(parsed.value.cert) });
}

export { importPkcs12 } from './pkcs12';
