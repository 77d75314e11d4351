// Excel stores a date as a serial day number. 1900 system: serial 1 is 1900-01-01, and serial
// 60 is 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility), so from serial 61
// on the epoch is 1899-12-30. 1904 system (old Mac workbooks): serial 0 is 1904-01-01.

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

/** The ISO calendar date of a serial (time of day dropped); undefined for serials that are no date. */
export function excelSerialToIsoDate(serial: number, is1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (is1904) return day < 0 || day > MAX_SERIAL - 1462 ? undefined : isoOf(EPOCH_1904 + day * DAY_MS);
  if (day < 1 || day === 60 || day > MAX_SERIAL) return undefined;
  // Before the phantom 1900-02-29, serials are one day "ahead" of the 1899-12-30 epoch.
  return isoOf(EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS);
}

/** The 1900-system serial Excel keeps for a date (the inverse of excelSerialToIsoDate). */
export function dateToExcelSerial(date: Date): number {
  const day = Math.floor((date.getTime() - EPOCH_1900) / DAY_MS);
  return day < 61 ? day - 1 : day;
}

/** A number in a text column that, read as a date serial, lands in a plausible year. */
export function looksLikeDateSerial(value: number): boolean {
  // 1950-01-01 … 2100-01-01: what a typed date turns into.
  return Number.isInteger(value) && value >= 18_264 && value <= 73_051;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
