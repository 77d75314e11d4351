import { describe, expect, it } from 'vitest';
import { chainVerdict, formatInstant, looksLikePdf, validityState } from '../../../renderer/features/signing/report-view';

describe('what the verification screen shows', () => {
  it.each([
    ['trusted', 'trusted'],
    ['no-trust-anchor', 'untrusted'],
    ['bad-signature', 'untrusted'],
    ['not-a-ca', 'untrusted'],
    ['expired', 'untrusted'],
    ['not-yet-valid', 'untrusted'],
    ['not-checked', 'noCa'],
  ] as const)('chain %s reads as %s', (chain, verdict) => {
    expect(chainVerdict({ chain })).toBe(verdict);
  });

  it.each([
    ['2015-07-13T01:30:05.000Z', 480, '2015-07-13 09:30:05 (UTC+08:00)'],
    ['2015-07-12T23:59:59.000Z', 480, '2015-07-13 07:59:59 (UTC+08:00)'],
    ['2015-07-13T01:30:05.000Z', 0, '2015-07-13 01:30:05 (UTC+00:00)'],
    ['2015-07-13T01:30:05.000Z', -330, '2015-07-12 20:00:05 (UTC-05:30)'],
    ['not a time', 480, 'not a time'],
  ])('time %s at offset %i is %s', (iso, offset, shown) => {
    expect(formatInstant(iso, offset)).toBe(shown);
  });

  it.each([
    ['%PDF-1.7\n', true],
    ['\r\n%PDF-1.4', true],
    ['PK\u0003\u0004', false],
    ['', false],
    ['junk before %PDF-1.4', true],
    ['%PDF without a dash', false],
  ])('%j looks like a PDF: %s', (head, isPdf) => {
    expect(looksLikePdf(new TextEncoder().encode(head))).toBe(isPdf);
  });

  it('certificate validity against a clock', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    expect(validityState('2019-01-01T00:00:00Z', '2021-01-01T00:00:00Z', now)).toBe('valid');
    expect(validityState('2019-01-01T00:00:00Z', '2019-12-31T00:00:00Z', now)).toBe('expired');
    expect(validityState('2020-06-01T00:00:00Z', '2021-01-01T00:00:00Z', now)).toBe('notYetValid');
  });
});
