import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// Canonical JSON: object keys sorted by UTF-16 code unit order, no whitespace, `undefined`
// members dropped, arrays kept in order (in the spirit of RFC 8785 for the values we store:
// strings, finite numbers, booleans, null, arrays, plain objects).
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, '$'));
}

function sortKeys(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: non-finite number at ${path}`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => sortKeys(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member, `${path}.${key}`);
    }
    return out;
  }
  throw new Error(`canonicalJson: unsupported ${typeof value} at ${path}`);
}

/** Lower-case hex SHA-256 of a string (as UTF-8) or bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/** Content hash of a value under canonicalJson. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
