// What the verification screen shows for a verifier report: pure, so it is unit-tested.
import type { SignatureReport } from '../../pdf/verify/verify';

export type ChainVerdict = 'trusted' | 'untrusted' | 'noCa';

/** Trusted, not trusted (any chain failure), or not checked because no association CA is imported. */
export function chainVerdict(report: Pick<SignatureReport, 'chain'>): ChainVerdict {
  if (report.chain === 'trusted') return 'trusted';
  return report.chain === 'not-checked' ? 'noCa' : 'untrusted';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as the signer's reader expects it: local date and time with the UTC offset, e.g.
 * "2015-07-13 09:30:00 (UTC+08:00)". `offsetMinutes` is minutes east of UTC (default: this machine's).
 */
export function formatInstant(iso: string, offsetMinutes?: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const offset = offsetMinutes ?? -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${day} ${time} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/** ISO 32000-1 §7.5.2: a PDF starts with `%PDF-` (some writers put up to 1 KiB of junk first). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export type ValidityState = 'valid' | 'expired' | 'notYetValid';

export function validityState(notBefore: string, notAfter: string, now: Date = new Date()): ValidityState {
  if (now < new Date(notBefore)) return 'notYetValid';
  return now > new Date(notAfter) ? 'expired' : 'valid';
}
