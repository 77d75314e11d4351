// Unified social credit code (统一社会信用代码), GB 32100-2015. A malformed code is an error; a
// checksum mismatch is only a warning, because legacy pilot codes exist — the user may accept
// one with a recorded reason. Codes are never silently "fixed".
import type { CreditCodeOverride } from './model';
import { err, ok, userError, XinpingError, type ErrorLocation, type Result, type UserError } from './errors';
import { CREDIT_CODE_CHARSET, CREDIT_CODE_DEPARTMENTS, FORBIDDEN_LETTERS, PROVINCE_PREFIXES } from './credit-code-tables';

export type CreditCodeValidation =
  | { readonly kind: 'valid'; readonly code: string }
  | { readonly kind: 'checksum_warning'; readonly code: string; readonly warnings: readonly UserError[] }
  | { readonly kind: 'malformed'; readonly errors: readonly UserError[] };

export type AcceptedCreditCode = { readonly code: string; readonly override?: CreditCodeOverride };

const HYPHENS = /[-\u2010-\u2015\u2212\uFE63]/gu;

/** Trim, full-width → half-width, drop spaces and hyphens, upper-case ASCII letters only. */
export function normaliseCreditCode(input: string): string {
  const halfWidth = input.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // only ASCII is upper-cased: "ﬀ".toUpperCase() would otherwise turn a ligature into a valid "FF"
  return halfWidth.replace(/\s/gu, '').replace(HYPHENS, '').replace(/[a-z]/g, (c) => c.toUpperCase());
}

// GB 32100-2015 §5: C18 = 31 − (Σ Ci·3^(i−1) mod 31) mod 31, over the 31-character alphabet.
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`creditCodeCheckChar: need 17 characters, got ${first17.length}`);
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    const value = CREDIT_CODE_CHARSET.indexOf(ch);
    if (value < 0) throw new Error(`creditCodeCheckChar: "${ch}" is not a code character`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

// GB 11714-1997: values 0–9, A–Z → 10–35 (full alphabet); C9 = 11 − Σ mod 11; 10 → X, 11 → 0.
export function organisationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`organisationCodeCheckChar: need 8 of 0-9A-Z, got "${body8}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function show(ch: string): string {
  return /^[\x21-\x7E]$/.test(ch) ? ch : JSON.stringify(ch);
}

function charsetErrors(chars: readonly string[], at: ErrorLocation): UserError[] {
  const forbidden: string[] = [];
  const foreign: string[] = [];
  chars.forEach((ch, i) => {
    if (CREDIT_CODE_CHARSET.includes(ch)) return;
    (FORBIDDEN_LETTERS.includes(ch) ? forbidden : foreign).push(`${i + 1}:${show(ch)}`);
  });
  const errors: UserError[] = [];
  if (forbidden.length > 0) {
    const list = forbidden.join(', ');
    errors.push(userError('credit_code.forbidden_letter', `统一社会信用代码不使用字母 I、O、S、V、Z（位置:字符 ${list}）`,
      `credit codes never use the letters I, O, S, V, Z (position:char ${list})`, at));
  }
  if (foreign.length > 0) {
    const list = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ` …(+${foreign.length - 5})` : '');
    errors.push(userError('credit_code.charset', `含有不允许的字符，只能是数字和大写字母（位置:字符 ${list}）`,
      `only digits and capital letters are allowed (position:char ${list})`, at));
  }
  return errors;
}

function structureErrors(code: string, at: ErrorLocation): UserError[] {
  const errors: UserError[] = [];
  const department = CREDIT_CODE_DEPARTMENTS[code.charAt(0)];
  if (!department) {
    errors.push(userError('credit_code.department', `第 1 位“${code.charAt(0)}”不是有效的登记管理部门代码`,
      `character 1 "${code.charAt(0)}" is not a registration department code`, at));
  } else if (department.types[code.charAt(1)] === undefined) {
    errors.push(userError('credit_code.org_type', `第 2 位“${code.charAt(1)}”不是${department.zh}部门的机构类别代码`,
      `character 2 "${code.charAt(1)}" is not an organisation type of the ${department.en} department`, at));
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division) || !PROVINCE_PREFIXES.has(division.slice(0, 2))) {
    errors.push(userError('credit_code.division', `第 3–8 位“${division}”不是有效的行政区划代码`,
      `characters 3–8 "${division}" are not an administrative division code`, at));
  }
  return errors;
}

function checksumWarnings(code: string, at: ErrorLocation): UserError[] {
  const warnings: UserError[] = [];
  const org = organisationCodeCheckChar(code.slice(8, 16));
  if (code.charAt(16) !== org) {
    warnings.push(userError('credit_code.org_check_mismatch', `第 17 位组织机构代码校验码应为“${org}”，实际为“${code.charAt(16)}”`,
      `character 17 (organisation code check) should be "${org}", found "${code.charAt(16)}"`, at));
  }
  const c18 = creditCodeCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== c18) {
    warnings.push(userError('credit_code.check_mismatch', `第 18 位校验码应为“${c18}”，实际为“${code.charAt(17)}”`,
      `character 18 (check character) should be "${c18}", found "${code.charAt(17)}"`, at));
  }
  return warnings;
}

/** Structure and charset errors are `malformed`; checksum mismatches are `checksum_warning`. */
export function validateCreditCode(input: string, where?: ErrorLocation): CreditCodeValidation {
  const at: ErrorLocation = { field: 'creditCode', ...where };
  const code = normaliseCreditCode(input);
  const chars = Array.from(code);
  if (chars.length === 0) {
    return { kind: 'malformed', errors: [userError('credit_code.empty', '统一社会信用代码为空', 'the credit code is empty', at)] };
  }
  const errors = charsetErrors(chars, at);
  if (chars.length !== 18) {
    errors.push(userError('credit_code.length', `统一社会信用代码应为 18 位，实际为 ${chars.length} 位`,
      `a credit code has 18 characters, this one has ${chars.length}`, at));
  }
  if (errors.length === 0) errors.push(...structureErrors(code, at));
  if (errors.length > 0) return { kind: 'malformed', errors };
  const warnings = checksumWarnings(code, at);
  return warnings.length === 0 ? { kind: 'valid', code } : { kind: 'checksum_warning', code, warnings };
}

/** Accepts a checksum warning with a recorded, non-empty reason; never a malformed code. */
export function applyCreditCodeOverride(validation: CreditCodeValidation, override: CreditCodeOverride): Result<AcceptedCreditCode> {
  if (validation.kind === 'malformed') {
    return err(userError('credit_code.override_malformed', '格式错误的统一社会信用代码不能强制通过，请更正',
      'a malformed credit code cannot be overridden; correct it', { field: 'creditCode' }));
  }
  if (validation.kind === 'valid') return ok({ code: validation.code });
  const reason = override.reason.trim();
  if (reason === '') {
    return err(userError('credit_code.override_reason_required', '强制通过校验码警告必须填写理由',
      'overriding a checksum warning needs a reason', { field: 'creditCodeOverride.reason' }));
  }
  if (override.by.trim() === '' || override.at.trim() === '') {
    return err(userError('credit_code.override_who_required', '强制通过须记录操作人和时间',
      'an override must record who made it and when', { field: 'creditCodeOverride.by' }));
  }
  return ok({ code: validation.code, override: { reason, by: override.by.trim(), at: override.at } });
}

/** One call for import paths: valid → accepted; warning → needs an override; malformed → errors. */
export function resolveCreditCode(input: string, override?: CreditCodeOverride, where?: ErrorLocation): Result<AcceptedCreditCode, readonly UserError[]> {
  const validation = validateCreditCode(input, where);
  if (validation.kind === 'malformed') return err(validation.errors);
  if (validation.kind === 'checksum_warning' && override === undefined) return err(validation.warnings);
  const accepted = applyCreditCodeOverride(validation, override ?? { reason: '', by: '', at: '' });
  return accepted.ok ? accepted : err([accepted.error]);
}

/**
 * Completes a code from a 16-character prefix (computes characters 17 and 18) or a 17-character
 * prefix (computes 18; character 17 must already be the right organisation check). For sample
 * and bench data; throws XinpingError when the prefix cannot make a valid code.
 */
export function completeCreditCode(prefix: string): string {
  const head = normaliseCreditCode(prefix);
  const isShapeOk = (head.length === 16 || head.length === 17) && [...head].every((c) => CREDIT_CODE_CHARSET.includes(c));
  if (!isShapeOk) {
    throw new XinpingError(userError('credit_code.prefix', `无法由“${prefix}”生成代码：需要 16 或 17 位有效字符`,
      `cannot complete "${prefix}": need 16 or 17 code characters`));
  }
  const first17 = head.length === 16 ? head + organisationCodeCheckChar(head.slice(8, 16)) : head;
  const code = first17 + creditCodeCheckChar(first17);
  const validation = validateCreditCode(code);
  if (validation.kind === 'malformed') throw new XinpingError(validation.errors[0] ?? userError('credit_code.prefix', '前缀无效', 'invalid prefix'));
  if (validation.kind === 'checksum_warning') throw new XinpingError(validation.warnings[0] ?? userError('credit_code.prefix', '前缀无效', 'invalid prefix'));
  return code;
}
