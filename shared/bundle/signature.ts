// Manifest signatures: ECDSA P-256 with SHA-256 (ES256) over the canonical manifest, through
// WebCrypto so the same non-extractable keys as the PDF signer (renderer/pdf/sign) can sign.
import { canonicalJson, sha256Hex } from '../canonical';
import { err, ok, type Result, type UserError } from '../errors';
import { fromBase64, toBase64 } from './base64';
import { errors, type Where } from './bundle-errors';
import { subjectPublicKeyInfo } from './der';
import type { SenderKey } from './manifest';
import { subtle, type Algorithm, type OpaqueKey } from './webcrypto';

export type { OpaqueKey } from './webcrypto';

const EC_P256: Algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
const ES256: Algorithm = { name: 'ECDSA', hash: 'SHA-256' };

/** Signs manifests; `key` is the public half that goes into the manifest. */
export type ManifestSigner = {
  readonly key: SenderKey;
  sign(data: Uint8Array): Promise<Uint8Array>;
};

export function webCryptoSigner(privateKey: OpaqueKey, key: SenderKey): ManifestSigner {
  return {
    key,
    async sign(data) {
      return new Uint8Array(await subtle().sign(ES256, privateKey, data));
    },
  };
}

/** The manifest key for a WebCrypto public key (public keys are always exportable). */
export async function jwkSenderKey(publicKey: OpaqueKey): Promise<SenderKey> {
  const jwk = await subtle().exportKey('jwk', publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('not an ECDSA P-256 public key');
  return { type: 'jwk', jwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } };
}

export function certificateSenderKey(certificateDer: Uint8Array): SenderKey {
  return { type: 'x509', certificate: toBase64(certificateDer) };
}

async function importPublicKey(key: SenderKey, where: Where): Promise<Result<OpaqueKey>> {
  try {
    if (key.type === 'jwk') return ok(await subtle().importKey('jwk', { ...key.jwk }, EC_P256, true, ['verify']));
    const der = fromBase64(key.certificate);
    const spki = der && subjectPublicKeyInfo(der);
    if (!spki) return err(errors.keyUnsupported('certificate is not valid DER / 证书不是有效的 DER', where));
    return ok(await subtle().importKey('spki', spki, EC_P256, true, ['verify']));
  } catch (cause) {
    return err(errors.keyUnsupported(cause instanceof Error ? cause.message : String(cause), where));
  }
}

/** RFC 7638 JWK thumbprint (SHA-256, hex) of the sender's public key: who signed, as one string. */
export async function keyFingerprint(key: SenderKey, where: Where = {}): Promise<Result<string>> {
  const imported = await importPublicKey(key, where);
  if (!imported.ok) return imported;
  const jwk = await subtle().exportKey('jwk', imported.value);
  return ok(sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })));
}

export type SignerInfo = { readonly fingerprint: string; readonly key: SenderKey };

/** Verifies an ES256 signature (base64 r‖s) over `data` with the sender's key. */
export async function verifySignature(key: SenderKey, data: Uint8Array, signatureBase64: string, where: Where = {}): Promise<Result<SignerInfo, UserError>> {
  const imported = await importPublicKey(key, where);
  if (!imported.ok) return imported;
  const signature = fromBase64(signatureBase64);
  if (!signature || signature.length !== 64) return err(errors.badSignature(where));
  const isValid = await subtle().verify(ES256, imported.value, signature, data);
  if (!isValid) return err(errors.badSignature(where));
  const fingerprint = await keyFingerprint(key, where);
  return fingerprint.ok ? ok({ fingerprint: fingerprint.value, key }) : fingerprint;
}

export async function signBase64(signer: ManifestSigner, data: Uint8Array): Promise<string> {
  return toBase64(await signer.sign(data));
}

