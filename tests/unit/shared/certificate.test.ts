import { describe, expect, it } from 'vitest';
import { certificateGradeCode, certificateNumberFor, formatCertificateNumber, parseCertificateNumber } from '../../../shared/certificate';
import { nineGradeScale, sixGradeExampleScale } from '../../../shared/resources';

describe('certificate numbers: year + association + grade code + serial', () => {
  it('2007, association 001, AA, serial 35 → 200700101100035', () => {
    expect(certificateNumberFor({ year: 2007, associationNumber: '001', grade: 'AA', serial: 35 }, nineGradeScale)).toEqual({ ok: true, value: '200700101100035' });
  });

  it.each([
    ['AAA', '111'], ['AA', '011'], ['A', '001'], ['BBB', '222'], ['BB', '022'], ['B', '002'], ['CCC', '333'], ['CC', '033'], ['C', '003'],
    ['A+', '001'], ['AA-', '011'], ['AAA★', '111'],
  ])('%s carries grade code %s', (grade, code) => {
    expect(certificateGradeCode(nineGradeScale, grade)).toEqual({ ok: true, value: code });
  });

  it('the 2015 A+ enterprise of association 001 gets an A code', () => {
    expect(certificateNumberFor({ year: 2015, associationNumber: '001', grade: 'A+', serial: 7 }, nineGradeScale)).toEqual({ ok: true, value: '201500100100007' });
  });

  it('parses back, with the grade from the scale', () => {
    expect(parseCertificateNumber('200700101100035', nineGradeScale)).toEqual({ ok: true, value: { year: 2007, associationNumber: '001', gradeCode: '011', serial: 35, grade: 'AA' } });
    expect(parseCertificateNumber(' 2007 001 011 00035 ')).toEqual({ ok: true, value: { year: 2007, associationNumber: '001', gradeCode: '011', serial: 35 } });
    expect(parseCertificateNumber('２００７００１０１１０００３５', nineGradeScale).ok).toBe(true);
  });

  it.each([
    ['', 'certificate.format'],
    ['20070010110003', 'certificate.format'],
    ['2007001011000350', 'certificate.format'],
    ['2007OO101100035', 'certificate.format'],
    ["200700101100035'--", 'certificate.format'],
    ['180000101100035', 'certificate.year'],
    ['200700101100000', 'certificate.serial'],
    ['200700199900035', 'certificate.grade_code'],
  ])('%j is refused with %s', (input, code) => {
    const r = parseCertificateNumber(input, nineGradeScale);
    expect(r.ok ? '' : r.error.code).toBe(code);
  });

  it.each([
    [{ year: 2007, associationNumber: '1', gradeCode: '011', serial: 35 }, 'certificate.association'],
    [{ year: 2007, associationNumber: '001', gradeCode: '011', serial: 100000 }, 'certificate.serial'],
    [{ year: 2007.5, associationNumber: '001', gradeCode: '011', serial: 1 }, 'certificate.year'],
    [{ year: 2007, associationNumber: '001', gradeCode: 'AA', serial: 1 }, 'certificate.grade_code'],
  ])('formatting %j is refused with %s', (parts, code) => {
    const r = formatCertificateNumber(parts);
    expect(r.ok ? '' : r.error.code).toBe(code);
  });

  it('a grade without a certificate code on its scale cannot get a certificate', () => {
    const r = certificateNumberFor({ year: 2020, associationNumber: '001', grade: 'D', serial: 1 }, sixGradeExampleScale);
    expect(r.ok ? '' : r.error.code).toBe('certificate.no_grade_code');
    expect(certificateNumberFor({ year: 2020, associationNumber: '001', grade: 'B', serial: 1 }, sixGradeExampleScale)).toEqual({ ok: true, value: '202000140000001' });
  });
});
