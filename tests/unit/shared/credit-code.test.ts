import { describe, expect, it } from 'vitest';
import {
  applyCreditCodeOverride,
  completeCreditCode,
  creditCodeCheckChar,
  normaliseCreditCode,
  organisationCodeCheckChar,
  resolveCreditCode,
  validateCreditCode,
} from '../../../shared/credit-code';
import { XinpingError } from '../../../shared/errors';

const codesOf = (input: string): string[] => {
  const v = validateCreditCode(input);
  return v.kind === 'malformed' ? v.errors.map((e) => e.code) : v.kind === 'checksum_warning' ? v.warnings.map((e) => e.code) : [];
};

describe('credit code vectors (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91110108551385082Q'])('%s is valid', (code) => {
    expect(validateCreditCode(code)).toEqual({ kind: 'valid', code });
  });

  it('91310115MA1H8R7C6D is a checksum warning, not an error, naming the expected characters', () => {
    const v = validateCreditCode('91310115MA1H8R7C6D');
    expect(v.kind).toBe('checksum_warning');
    if (v.kind !== 'checksum_warning') return;
    expect(v.warnings.map((w) => w.code)).toContain('credit_code.check_mismatch');
    expect(v.warnings.find((w) => w.code === 'credit_code.check_mismatch')?.en).toContain('found "D"');
  });

  it('computes the nested GB 11714 check: M000100Y → 4, 60003734 → 1, 55138508 → 2', () => {
    expect(organisationCodeCheckChar('M000100Y')).toBe('4');
    expect(organisationCodeCheckChar('60003734')).toBe('1');
    expect(organisationCodeCheckChar('55138508')).toBe('2');
  });

  it('maps GB 11714 check value 10 to X and 11 to 0', () => {
    expect(organisationCodeCheckChar('00000006')).toBe('X'); // 6·2 = 12 ≡ 1 (mod 11) → 10
    expect(organisationCodeCheckChar('00000000')).toBe('0'); // sum 0 → 11
  });

  it('computes C18 for the vectors', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    expect(creditCodeCheckChar('91110108551385082')).toBe('Q');
  });
});

describe('normalisation of what people type or paste', () => {
  it.each([
    ['  91350100M000100Y43  ', '91350100M000100Y43'],
    ['91350100m000100y43', '91350100M000100Y43'],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
    ['913501-00M000-100Y43', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43'],
    ['9135\u30000100\u2014M000100Y43', '91350100M000100Y43'],
  ])('%j is accepted as %s', (input, code) => {
    expect(validateCreditCode(input)).toEqual({ kind: 'valid', code });
  });

  it('does not turn a ligature into letters (never silently "fixed")', () => {
    expect(normaliseCreditCode('ﬀ')).toBe('ﬀ');
    expect(validateCreditCode('91350100M000100Yﬀ').kind).toBe('malformed');
  });
});

describe('hostile and malformed input', () => {
  it.each([
    ['', 'credit_code.empty'],
    ['   ', 'credit_code.empty'],
    ['- - -', 'credit_code.empty'],
    ['91350100M000100Y4', 'credit_code.length'],
    ['91350100M000100Y433', 'credit_code.length'],
    ['91350100I000100Y43', 'credit_code.forbidden_letter'],
    ['91350100O000100Y43', 'credit_code.forbidden_letter'],
    ['91350100S000100Y43', 'credit_code.forbidden_letter'],
    ['91350100V000100Y43', 'credit_code.forbidden_letter'],
    ['91350100Z000100Y43', 'credit_code.forbidden_letter'],
    ['91350100M000100Y4😀', 'credit_code.charset'],
    ["'; DROP TABLE enterprises;--", 'credit_code.charset'],
    ['1 OR 1=1', 'credit_code.charset'],
    ['<script>alert(1)</script>', 'credit_code.charset'],
    ['B1350100M000100Y43', 'credit_code.department'],
    ['94350100M000100Y43', 'credit_code.org_type'],
    ['54350100M000100Y43', 'credit_code.org_type'],
    ['Y2350100M000100Y43', 'credit_code.org_type'],
    ['913501A0M000100Y43', 'credit_code.division'],
    ['91990100M000100Y43', 'credit_code.division'],
  ])('%j → %s', (input, code) => {
    const v = validateCreditCode(input);
    expect(v.kind).toBe('malformed');
    expect(codesOf(input)).toContain(code);
  });

  it('counts an emoji as one character when reporting the length', () => {
    const v = validateCreditCode('9135010😀');
    expect(v.kind === 'malformed' && v.errors.find((e) => e.code === 'credit_code.length')?.en).toContain('has 8');
  });

  it('names the position of a forbidden letter in both languages', () => {
    const v = validateCreditCode('91350100I000100Y43');
    const e = v.kind === 'malformed' ? v.errors[0] : undefined;
    expect(e?.zh).toContain('9:I');
    expect(e?.en).toContain('9:I');
    expect(e?.at?.field).toBe('creditCode');
  });

  it('carries the caller location (file and row) on every error', () => {
    const v = validateCreditCode('123', { file: 'import.xlsx', row: 7 });
    expect(v.kind === 'malformed' && v.errors.every((e) => e.at?.file === 'import.xlsx' && e.at.row === 7)).toBe(true);
  });
});

describe('overrides for checksum warnings', () => {
  const warned = validateCreditCode('91310115MA1H8R7C6D');
  const by = { by: 'staff-1', at: '2015-07-01T08:00:00.000Z' };

  it('needs a non-empty reason', () => {
    const r = applyCreditCodeOverride(warned, { reason: '   ', ...by });
    expect(r.ok ? '' : r.error.code).toBe('credit_code.override_reason_required');
  });

  it('records the trimmed reason with who and when', () => {
    const r = applyCreditCodeOverride(warned, { reason: ' 试点期代码，见登记机关证明 ', ...by });
    expect(r).toEqual({ ok: true, value: { code: '91310115MA1H8R7C6D', override: { reason: '试点期代码，见登记机关证明', ...by } } });
  });

  it('refuses to override a malformed code', () => {
    const r = applyCreditCodeOverride(validateCreditCode('91350100I000100Y43'), { reason: 'trust me', ...by });
    expect(r.ok ? '' : r.error.code).toBe('credit_code.override_malformed');
  });

  it('resolveCreditCode: warning without override is refused, with override accepted', () => {
    expect(resolveCreditCode('91310115MA1H8R7C6D').ok).toBe(false);
    expect(resolveCreditCode('91310115MA1H8R7C6D', { reason: 'legacy pilot code', ...by }).ok).toBe(true);
    expect(resolveCreditCode('91110000600037341L')).toEqual({ ok: true, value: { code: '91110000600037341L' } });
  });
});

describe('generating codes', () => {
  it('completes a 16-character prefix with both check characters', () => {
    expect(completeCreditCode('91350100M000100Y')).toBe('91350100M000100Y43');
  });

  it('completes a 17-character prefix with C18', () => {
    expect(completeCreditCode('91110000600037341')).toBe('91110000600037341L');
  });

  it.each(['91110000600037349', '9111', 'B1110000600037341', '91110000I0003734'])('refuses the bad prefix %s', (prefix) => {
    expect(() => completeCreditCode(prefix)).toThrow(XinpingError);
  });

  it('every generated code validates', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 200; i++) {
      const body = Array.from({ length: 8 }, (_, j) => chars.charAt((i * 7 + j * 13) % chars.length)).join('');
      const code = completeCreditCode(`91440300${body}`);
      expect(validateCreditCode(code).kind).toBe('valid');
    }
  });
});
