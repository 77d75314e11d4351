// The enterprise form's schema. Messages are in the UI language, because zod's message is what
// the field shows; credit-code problems come from shared/credit-code.ts in both languages.
import { z } from 'zod';
import { normaliseCreditCode, validateCreditCode } from '../../../shared/credit-code';
import type { Enterprise } from '../../../shared/model';

export type Lang = 'zh' | 'en';

const PHONE = /^[0-9+\-()\s转]*$/u;

function buildSchema(lang: Lang) {
  const say = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  const required = (zh: string, en: string): z.ZodString => z.string().trim().min(1, say(`请填写${zh}`, `Enter the ${en}`));
  return z.object({
    name: required('企业名称', 'enterprise name').max(100, say('企业名称最多 100 个字', 'at most 100 characters')),
    // Malformed is an error; a checksum mismatch is a warning handled beside the field (override with a reason).
    creditCode: z
      .string()
      .superRefine((value, ctx) => {
        const validation = validateCreditCode(value);
        if (validation.kind === 'malformed') ctx.addIssue({ code: 'custom', message: validation.errors.map((e) => e[lang]).join(lang === 'zh' ? '；' : '; ') });
      })
      .transform(normaliseCreditCode),
    region: required('地区', 'region').max(50),
    industry: required('行业', 'industry').max(50),
    contactName: z.string().trim().max(50, say('联系人最多 50 个字', 'at most 50 characters')),
    contactPhone: z.string().trim().max(30, say('电话最多 30 个字符', 'at most 30 characters')).regex(PHONE, say('电话只能包含数字、空格、+、-、括号和“转”', 'a phone number has digits, spaces, +, -, brackets only')),
  });
}

export type EnterpriseSchema = ReturnType<typeof buildSchema>;
export type EnterpriseFormInput = z.input<EnterpriseSchema>;
export type EnterpriseFormOutput = z.output<EnterpriseSchema>;

export function enterpriseFormSchema(lang: Lang): EnterpriseSchema {
  return buildSchema(lang);
}

export function formValues(enterprise: Enterprise): EnterpriseFormInput {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    region: enterprise.region,
    industry: enterprise.industry,
    contactName: enterprise.contactName ?? '',
    contactPhone: enterprise.contactPhone ?? '',
  };
}

/** The enterprise as saved from the form; the sample-code flag survives only while the code is unchanged. */
export function enterpriseFromForm(before: Enterprise, values: EnterpriseFormOutput, override: Enterprise['creditCodeOverride']): Enterprise {
  const { creditCodeOverride: _old, isSampleCode, contactName: _name, contactPhone: _phone, ...rest } = before;
  return {
    ...rest,
    name: values.name,
    creditCode: values.creditCode,
    region: values.region,
    industry: values.industry,
    ...(values.contactName ? { contactName: values.contactName } : {}),
    ...(values.contactPhone ? { contactPhone: values.contactPhone } : {}),
    ...(override ? { creditCodeOverride: override } : {}),
    ...(isSampleCode && values.creditCode === before.creditCode ? { isSampleCode } : {}),
  };
}
