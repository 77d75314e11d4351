// WebCrypto without the DOM types: shared/ is typed for ES2023 only, so the part of SubtleCrypto
// used here is described below and reached through globalThis (browsers, Node ≥ 20).
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Hex } from '../canonical';

/** A WebCrypto CryptoKey, opaque here. */
export type OpaqueKey = object;

export type Algorithm = { readonly name: string; readonly namedCurve?: string; readonly hash?: string };
export type PublicJwk = { readonly kty?: string; readonly crv?: string; readonly x?: string; readonly y?: string };

export type Subtle = {
  importKey(format: 'spki' | 'jwk', data: Uint8Array | PublicJwk, algorithm: Algorithm, extractable: boolean, usages: string[]): Promise<OpaqueKey>;
  exportKey(format: 'jwk', key: OpaqueKey): Promise<PublicJwk>;
  sign(algorithm: Algorithm, key: OpaqueKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: Algorithm, key: OpaqueKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
};

function findSubtle(): Subtle | undefined {
  const crypto: unknown = Reflect.get(globalThis, 'crypto');
  const found: unknown = typeof crypto === 'object' && crypto !== null ? Reflect.get(crypto, 'subtle') : undefined;
  // Browsers and Node ≥ 20 expose the standard SubtleCrypto; Subtle is the part of it used here.
  return typeof found === 'object' && found !== null ? (found as Subtle) : undefined;
}

export function subtle(): Subtle {
  const found = findSubtle();
  if (!found) throw new Error('WebCrypto (crypto.subtle) is not available');
  return found;
}

/** SHA-256 (hex) through native WebCrypto: an order of magnitude faster than JS for PDFs. */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const native = findSubtle();
  return native ? bytesToHex(new Uint8Array(await native.digest('SHA-256', bytes))) : sha256Hex(bytes);
}
