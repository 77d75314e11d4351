// Errors users see: a stable code, a message in Chinese and English, and where it happened.

export type ErrorLocation = {
  readonly file?: string;
  /** 1-based row as the user sees it in their spreadsheet. */
  readonly row?: number;
  readonly field?: string;
  /** Path inside a structured value, e.g. "categories[2].indicators[0].id". */
  readonly path?: string;
};

export type UserError = {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly at?: ErrorLocation;
};

export function userError(code: string, zh: string, en: string, at?: ErrorLocation): UserError {
  return at ? { code, zh, en, at } : { code, zh, en };
}

/** Thrown form of a UserError, for code paths that must abort. */
export class XinpingError extends Error {
  readonly detail: UserError;
  constructor(detail: UserError) {
    super(`${detail.code}: ${detail.en}`);
    this.name = 'XinpingError';
    this.detail = detail;
  }
}

export function describeLocation(at: ErrorLocation | undefined, lang: 'zh' | 'en'): string {
  if (!at) return '';
  const parts: string[] = [];
  if (at.file) parts.push(lang === 'zh' ? `文件 ${at.file}` : `file ${at.file}`);
  if (at.row !== undefined) parts.push(lang === 'zh' ? `第 ${at.row} 行` : `row ${at.row}`);
  if (at.field) parts.push(lang === 'zh' ? `字段“${at.field}”` : `field "${at.field}"`);
  if (at.path) parts.push(at.path);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

export type Result<T, E = UserError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T,>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E,>(error: E): Result<never, E> => ({ ok: false, error });
