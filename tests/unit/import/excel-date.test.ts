import { describe, expect, it } from 'vitest';
import { dateToExcelSerial, excelSerialToIsoDate, looksLikeDateSerial } from '../../../shared/import/excel-date';

describe('Excel date serials', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [42198, '2015-07-13'],
    [42207.75, '2015-07-22'],
    [45658, '2025-01-01'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it.each([0, -1, 60, Number.NaN, Number.POSITIVE_INFINITY, 3e6])('serial %d is no date', (serial) => {
    expect(excelSerialToIsoDate(serial)).toBeUndefined();
  });

  it('reads the 1904 system of old Mac workbooks', () => {
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDate(40736, true)).toBe('2015-07-13');
  });

  it('turns a date back into the serial Excel keeps', () => {
    for (const serial of [1, 59, 61, 42198, 45658]) {
      const iso = excelSerialToIsoDate(serial) ?? '';
      expect(dateToExcelSerial(new Date(`${iso}T00:00:00Z`))).toBe(serial);
    }
  });

  it('flags only whole numbers that land in a plausible year', () => {
    expect(looksLikeDateSerial(42198)).toBe(true);
    expect(looksLikeDateSerial(13800138000)).toBe(false);
    expect(looksLikeDateSerial(42198.5)).toBe(false);
    expect(looksLikeDateSerial(120)).toBe(false);
  });
});
