// Turns zod issues into UserErrors that name the path inside the value, in Chinese and English.
import type { z } from 'zod';
import { userError, type UserError } from './errors';

/** `categories[1].indicators[3].weight` from zod's `['categories', 1, 'indicators', 3, 'weight']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { zh: `类型不对，应为 ${issue.expected}`, en: `expected ${issue.expected}` };
    case 'too_small':
      return { zh: boundZh(issue.origin, '少于', '小于', issue.minimum, issue.inclusive ?? true), en: issue.message };
    case 'too_big':
      return { zh: boundZh(issue.origin, '多于', '大于', issue.maximum, issue.inclusive ?? true), en: issue.message };
    case 'invalid_value':
      return { zh: `取值无效，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} 之一`, en: issue.message };
    case 'unrecognized_keys':
      return { zh: `含有未知字段：${issue.keys.join('、')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_format':
      return { zh: `格式不对（${issue.format}）`, en: issue.message };
    default:
      // custom issues from our own refinements carry "zh / en" in the message
      return splitBilingual(issue.message);
  }
}

function boundZh(origin: string, countWord: string, valueWord: string, bound: number | bigint, isInclusive: boolean): string {
  const n = String(bound);
  if (origin === 'string') return `长度不能${countWord} ${n} 个字符`;
  if (origin === 'array' || origin === 'set') return `项数不能${countWord} ${n}`;
  return isInclusive ? `不能${valueWord} ${n}` : `不能${valueWord}或等于 ${n}`;
}

/** Our refinements write messages as "中文 / English"; anything else is shown as-is in both. */
export function splitBilingual(message: string): { zh: string; en: string } {
  const at = message.indexOf(' / ');
  return at < 0 ? { zh: message, en: message } : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

/** One UserError per issue; `code` is the caller's (e.g. "checklist.invalid"), the path names the spot. */
export function zodIssuesToUserErrors(error: z.ZodError, code: string, file?: string): UserError[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const { zh, en } = describeIssue(issue);
    const where = path === '' ? '' : `${path}：`;
    const whereEn = path === '' ? '' : `${path}: `;
    return userError(code, `${where}${zh}`, `${whereEn}${en}`, {
      ...(file === undefined ? {} : { file }),
      ...(path === '' ? {} : { path }),
    });
  });
}
