// Certificate serials (the last 5 digits of the 15-digit number) run 1, 2, 3 … per (year,
// association) with no gap and no duplicate. One place hands them out:
//   - 'local': this workstation (the supervisor's) is the allocator; it keeps the counter;
//   - 'hub':   the association's hub is the allocator and grants each workstation ranges.
// The renderer reserves serials in the same IndexedDB transaction that writes the certificates,
// so a failed finalisation rolls its serials back and concurrent ones are serialised.
//
// How the hub serves ranges (hub/, not built yet): one row per (year, association) in
// PostgreSQL; POST /serials {year, association, count} runs
//   UPDATE certificate_counters SET last_serial = last_serial + $count
//    WHERE year = $1 AND association = $2 RETURNING last_serial - $count + 1 AS from, last_serial AS to
// (the row lock serialises workstations, so ranges never overlap) and records which
// workstation holds the range. A workstation asks for exactly the serials it is about to
// finalise and spends them in order; a range it cannot spend is returned to the hub, which
// hands returned serials out before new ones, so the year's sequence stays without gaps.
import { err, ok, userError, type Result, type UserError } from '../errors';
import type { IsoInstant } from '../model';
import type { CertificateCounter, SerialRange } from './types';

export const MAX_SERIAL = 99_999;

export function counterId(year: number, associationNumber: string): string {
  return `${year}-${associationNumber}`;
}

export function localCounter(year: number, associationNumber: string, lastSerial: number, at: IsoInstant): CertificateCounter {
  return { id: counterId(year, associationNumber), year, associationNumber, source: 'local', lastSerial, ranges: [], updatedAt: at };
}

function exhausted(counter: CertificateCounter, count: number, left: number): UserError {
  const where = `${counter.year} 年 / 协会 ${counter.associationNumber}`;
  return counter.source === 'hub'
    ? userError('certificate.serials_short', `${where}：本工作站持有的证书流水号不足，需要 ${count} 个，尚余 ${left} 个；请先向协会平台申领`,
      `${counter.year} / association ${counter.associationNumber}: this workstation holds ${left} certificate serial(s) but needs ${count}; request a range from the hub first`, { field: 'serial' })
    : userError('certificate.serials_exhausted', `${where}：证书流水号不足（最多 ${MAX_SERIAL}），需要 ${count} 个，尚余 ${left} 个`,
      `${counter.year} / association ${counter.associationNumber}: not enough certificate serials (at most ${MAX_SERIAL}): ${count} needed, ${left} left`, { field: 'serial' });
}

/** Takes `count` serials in order; the new counter must be stored in the same transaction. */
export function reserveSerials(counter: CertificateCounter, count: number, at: IsoInstant): Result<{ readonly serials: readonly number[]; readonly counter: CertificateCounter }> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`reserveSerials: bad count ${String(count)}`);
  if (counter.source === 'local') {
    const left = MAX_SERIAL - counter.lastSerial;
    if (count > left) return err(exhausted(counter, count, left));
    const serials = Array.from({ length: count }, (_, i) => counter.lastSerial + 1 + i);
    return ok({ serials, counter: { ...counter, lastSerial: counter.lastSerial + count, updatedAt: at } });
  }
  const held = counter.ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
  if (count > held.length) return err(exhausted(counter, count, held.length));
  const serials = held.slice(0, count);
  const rest = held.slice(count);
  return ok({ serials, counter: { ...counter, lastSerial: serials.at(-1) ?? counter.lastSerial, ranges: toRanges(rest), updatedAt: at } });
}

function toRanges(serials: readonly number[]): SerialRange[] {
  const ranges: SerialRange[] = [];
  for (const s of serials) {
    const last = ranges.at(-1);
    if (last && last.to + 1 === s) ranges[ranges.length - 1] = { from: last.from, to: s };
    else ranges.push({ from: s, to: s });
  }
  return ranges;
}

function rangeError(zh: string, en: string): UserError {
  return userError('certificate.serial_range', zh, en, { field: 'serial' });
}

/** Adds a hub-granted range; it must not overlap serials used or held here. */
export function addRange(counter: CertificateCounter, range: SerialRange, at: IsoInstant): Result<CertificateCounter> {
  const { from, to } = range;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > MAX_SERIAL || from > to) {
    return err(rangeError(`流水号段 ${from}–${to} 无效（应在 1–${MAX_SERIAL} 之间）`, `serial range ${from}–${to} is invalid (1–${MAX_SERIAL})`));
  }
  if (from <= counter.lastSerial) {
    return err(rangeError(`流水号段 ${from}–${to} 与已使用的流水号（至 ${counter.lastSerial}）重叠`, `serial range ${from}–${to} overlaps serials already used (up to ${counter.lastSerial})`));
  }
  if (counter.ranges.some((r) => from <= r.to && r.from <= to)) {
    return err(rangeError(`流水号段 ${from}–${to} 与本工作站持有的号段重叠`, `serial range ${from}–${to} overlaps a range this workstation holds`));
  }
  const ranges = [...counter.ranges, range].sort((a, b) => a.from - b.from);
  return ok({ ...counter, source: 'hub', ranges, updatedAt: at });
}

/** Sets where a local counter continues (serials issued before this app); it never goes back. */
export function continueAfter(counter: CertificateCounter, lastSerial: number, at: IsoInstant): Result<CertificateCounter> {
  if (!Number.isInteger(lastSerial) || lastSerial < 0 || lastSerial > MAX_SERIAL) {
    return err(rangeError(`流水号 ${String(lastSerial)} 无效（应在 0–${MAX_SERIAL} 之间）`, `serial ${String(lastSerial)} is invalid (0–${MAX_SERIAL})`));
  }
  if (lastSerial < counter.lastSerial) {
    return err(rangeError(`流水号已用到 ${counter.lastSerial}，不能退回到 ${lastSerial}（会产生重号）`, `serials are used up to ${counter.lastSerial}; going back to ${lastSerial} would duplicate numbers`));
  }
  return ok({ ...counter, source: 'local', ranges: [], lastSerial, updatedAt: at });
}
