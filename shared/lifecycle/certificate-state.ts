// A certificate's life: issued at 终评, then possibly downgraded (降级) or revoked (撤销), each
// with a reason. Every change appends to the certificate's history; nothing is overwritten.
// A downgrade keeps the serial (the certificate's identity) and re-derives the 15-digit number,
// since the grade code is part of it.
import { certificateNumberFor } from '../certificate';
import { err, ok, userError, type Result, type UserError } from '../errors';
import { formatGradeLabel, parseGradeLabel, type GradeScale } from '../grade-scale';
import { parseIsoDate } from '../iso-date';
import type { Id, IsoDate } from '../model';
import { gradeSortKey } from './snapshot';
import type { Certificate, Stamp } from './types';
import type { Validity } from './validity';

export function certificateId(year: number, associationNumber: string, serial: number): Id {
  return `cert-${year}-${associationNumber}-${String(serial).padStart(5, '0')}`;
}

export type IssueInput = {
  readonly dossierId: Id;
  readonly batchId: Id;
  readonly enterpriseId: Id;
  readonly enterpriseName: string;
  readonly year: number;
  readonly associationNumber: string;
  readonly grade: string;
  readonly serial: number;
  readonly validity: Validity;
};

export function issueCertificate(input: IssueInput, scale: GradeScale, stamp: Stamp): Result<Certificate> {
  const number = certificateNumberFor(input, scale);
  if (!number.ok) return err({ ...number.error, zh: `「${input.enterpriseName}」${number.error.zh}`, en: `${input.enterpriseName}: ${number.error.en}` });
  const { validity, ...rest } = input;
  return ok({
    ...rest,
    id: certificateId(input.year, input.associationNumber, input.serial),
    number: number.value,
    status: 'valid',
    ...validity,
    history: [{ kind: 'issued', grade: input.grade, number: number.value, on: validity.validFrom, ...stamp }],
    updatedAt: stamp.at,
  });
}

/** Negative when `a` is the better grade (A+ above A above A-; badges do not rank). */
export function compareGrades(scale: GradeScale, a: string, b: string): number {
  const ka = gradeSortKey(scale, a).slice(0, 2);
  const kb = gradeSortKey(scale, b).slice(0, 2);
  return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0);
}

function certError(cert: Certificate, code: string, zh: string, en: string, field: string): UserError {
  return userError(code, `「${cert.enterpriseName}」证书 ${cert.number}：${zh}`, `${cert.enterpriseName}, certificate ${cert.number}: ${en}`, { field, path: cert.id });
}

function changeProblem(cert: Certificate, reason: string, on: IsoDate): UserError | null {
  if (cert.status === 'revoked') return certError(cert, 'certificate.revoked', '已被撤销，不能再变更', 'has been revoked and cannot change any more', 'status');
  if (reason.trim() === '') return certError(cert, 'certificate.reason_required', '降级或撤销须写明原因', 'a downgrade or revocation needs a reason', 'reason');
  const day = parseIsoDate(on, { field: 'on' });
  if (!day.ok) return day.error;
  if (on < cert.validFrom) return certError(cert, 'certificate.before_issue', `变更日期 ${on} 早于发证日期 ${cert.validFrom}`, `the change date ${on} is before the issue date ${cert.validFrom}`, 'on');
  return null;
}

export type ChangeInput = { readonly reason: string; readonly on: IsoDate };

export function applyDowngrade(cert: Certificate, input: ChangeInput & { readonly grade: string }, scale: GradeScale, stamp: Stamp): Result<Certificate> {
  const problem = changeProblem(cert, input.reason, input.on);
  if (problem) return err(problem);
  const label = parseGradeLabel(input.grade, scale);
  if (!label.ok) return label;
  const grade = formatGradeLabel(label.value);
  if (compareGrades(scale, grade, cert.grade) <= 0) {
    return err(certError(cert, 'certificate.not_lower', `${grade} 不低于现有等级 ${cert.grade}，不是降级`, `${grade} is not below the current grade ${cert.grade}; that is not a downgrade`, 'grade'));
  }
  const number = certificateNumberFor({ year: cert.year, associationNumber: cert.associationNumber, grade, serial: cert.serial }, scale);
  if (!number.ok) return number;
  const event = { kind: 'downgraded' as const, grade, number: number.value, on: input.on, reason: input.reason.trim(), ...stamp };
  return ok({ ...cert, grade, number: number.value, status: 'downgraded', history: [...cert.history, event], updatedAt: stamp.at });
}

export function applyRevocation(cert: Certificate, input: ChangeInput, stamp: Stamp): Result<Certificate> {
  const problem = changeProblem(cert, input.reason, input.on);
  if (problem) return err(problem);
  const event = { kind: 'revoked' as const, grade: cert.grade, number: cert.number, on: input.on, reason: input.reason.trim(), ...stamp };
  return ok({ ...cert, status: 'revoked', history: [...cert.history, event], updatedAt: stamp.at });
}

/** The certificate is in force on `day`: issued, not expired, not revoked by then. */
export function isInForce(cert: Certificate, day: IsoDate): boolean {
  const revokedOn = cert.history.find((e) => e.kind === 'revoked')?.on;
  return day >= cert.validFrom && day <= cert.validTo && (revokedOn === undefined || day < revokedOn);
}
