// Credit-rating certificate numbers: 15 digits = year (4) + association number (3) + grade code (3)
// + serial (5), e.g. 2007 · 001 · AA (011) · 00035 → 200700101100035. Grade codes live in the
// grade scale data; a modified grade (A+) shares its base grade's code.
import { err, ok, userError, type Result, type UserError } from './errors';
import { parseGradeLabel, type GradeScale } from './grade-scale';

export type CertificateParts = {
  readonly year: number;
  readonly associationNumber: string;
  readonly gradeCode: string;
  readonly serial: number;
};

export type ParsedCertificate = CertificateParts & { readonly grade?: string };

const MIN_YEAR = 1990;
const MAX_YEAR = 2099;
const at = { field: 'certificateNumber' };

function partsError(parts: CertificateParts): UserError | null {
  if (!Number.isInteger(parts.year) || parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    return userError('certificate.year', `年份 ${String(parts.year)} 无效（应在 ${MIN_YEAR}–${MAX_YEAR} 之间）`, `year ${String(parts.year)} is invalid (expected ${MIN_YEAR}–${MAX_YEAR})`, at);
  }
  if (!/^\d{3}$/.test(parts.associationNumber)) {
    return userError('certificate.association', `协会编号“${parts.associationNumber}”应为 3 位数字`, `association number "${parts.associationNumber}" must be 3 digits`, at);
  }
  if (!/^\d{3}$/.test(parts.gradeCode)) {
    return userError('certificate.grade_code', `等级代码“${parts.gradeCode}”应为 3 位数字`, `grade code "${parts.gradeCode}" must be 3 digits`, at);
  }
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 99_999) {
    return userError('certificate.serial', `流水号 ${String(parts.serial)} 应在 1–99999 之间`, `serial ${String(parts.serial)} must be within 1–99999`, at);
  }
  return null;
}

export function formatCertificateNumber(parts: CertificateParts): Result<string> {
  const problem = partsError(parts);
  if (problem) return err(problem);
  return ok(`${parts.year}${parts.associationNumber}${parts.gradeCode}${String(parts.serial).padStart(5, '0')}`);
}

/** The certificate grade code for a published label ("AAA★" and "AAA" both → 111). */
export function certificateGradeCode(scale: GradeScale, label: string): Result<string> {
  const parsed = parseGradeLabel(label, scale);
  if (!parsed.ok) return parsed;
  const code = scale.grades.find((g) => g.name === parsed.value.base)?.certificateCode;
  if (code === undefined) {
    return err(userError('certificate.no_grade_code', `等级表 ${scale.id} 没有为 ${parsed.value.base} 级规定证书代码`, `scale ${scale.id} defines no certificate code for ${parsed.value.base}`, { field: 'grade' }));
  }
  return ok(code);
}

export function certificateNumberFor(
  input: { readonly year: number; readonly associationNumber: string; readonly grade: string; readonly serial: number },
  scale: GradeScale,
): Result<string> {
  const gradeCode = certificateGradeCode(scale, input.grade);
  if (!gradeCode.ok) return gradeCode;
  return formatCertificateNumber({ year: input.year, associationNumber: input.associationNumber, gradeCode: gradeCode.value, serial: input.serial });
}

/** Parses a number as typed (spaces, full-width digits allowed); with a scale, the grade code must exist on it. */
export function parseCertificateNumber(input: string, scale?: GradeScale): Result<ParsedCertificate> {
  const text = input.replace(/[\uFF10-\uFF19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s-]/gu, '');
  if (!/^\d{15}$/.test(text)) {
    return err(userError('certificate.format', `证书编号“${input}”应为 15 位数字`, `certificate number "${input}" must be 15 digits`, at));
  }
  const parts: CertificateParts = {
    year: Number(text.slice(0, 4)),
    associationNumber: text.slice(4, 7),
    gradeCode: text.slice(7, 10),
    serial: Number(text.slice(10, 15)),
  };
  const problem = partsError(parts);
  if (problem) return err(problem);
  if (!scale) return ok(parts);
  const grade = scale.grades.find((g) => g.certificateCode === parts.gradeCode)?.name;
  if (grade === undefined) {
    return err(userError('certificate.grade_code', `等级代码 ${parts.gradeCode} 不在等级表 ${scale.id} 中`, `grade code ${parts.gradeCode} is not on scale ${scale.id}`, at));
  }
  return ok({ ...parts, grade });
}
