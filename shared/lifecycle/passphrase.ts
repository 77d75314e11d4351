// Local passphrases for role profiles: scrypt (RFC 7914) with a random 16-byte salt; only the
// derived key is stored. Parameters are stored with each hash, so they can be raised later
// without invalidating existing profiles.
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { userError, type UserError } from '../errors';
import type { KdfParams, PassphraseHash } from './types';

// OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1 (128 MiB).
export const DEFAULT_KDF: KdfParams = { algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1, dkLen: 32 };

export const MIN_PASSPHRASE_LENGTH = 8;

const SALT_BYTES = 16;

/** What is wrong with a new passphrase, or null. Length counts characters, not bytes. */
export function passphraseProblem(passphrase: string): UserError | null {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH || passphrase.trim() === '') {
    return userError('profile.passphrase_short', `口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符`, `a passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters`, { field: 'passphrase' });
  }
  return null;
}

// NFC: the same passphrase typed through different input methods derives the same key.
async function derive(passphrase: string, salt: Uint8Array, kdf: KdfParams): Promise<Uint8Array> {
  return scryptAsync(passphrase.normalize('NFC'), salt, { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: kdf.dkLen });
}

export async function hashPassphrase(passphrase: string, kdf: KdfParams = DEFAULT_KDF): Promise<PassphraseHash> {
  const salt = randomBytes(SALT_BYTES);
  return { kdf, salt: bytesToHex(salt), hash: bytesToHex(await derive(passphrase, salt, kdf)) };
}

export async function verifyPassphrase(passphrase: string, stored: PassphraseHash): Promise<boolean> {
  const derived = await derive(passphrase, hexToBytes(stored.salt), stored.kdf);
  return isEqualConstantTime(derived, hexToBytes(stored.hash));
}

// Every byte is compared, so the time taken does not say how much of the key matched.
function isEqualConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
