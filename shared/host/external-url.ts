// The one policy for links that leave the app: Electron's shell.openExternal and the web
// fallback's window.open both ask this function, and nothing else.
import { err, ok, type Result, userError } from '../errors';

// lib ES2023 has no URL type; every runtime this code reaches (Chromium, Node) has WHATWG URL.
type ParsedUrl = { readonly href: string; readonly protocol: string; readonly username: string; readonly password: string; readonly hostname: string };
declare const URL: new (input: string) => ParsedUrl;

export const MAX_EXTERNAL_URL_LENGTH = 2048;

type Rejection = 'empty' | 'too-long' | 'unsafe-characters' | 'scheme' | 'malformed' | 'credentials';

const REASONS: Record<Rejection, readonly [zh: string, en: string]> = {
  empty: ['链接为空', 'the link is empty'],
  'too-long': [`链接超过 ${MAX_EXTERNAL_URL_LENGTH} 个字符`, `the link is longer than ${MAX_EXTERNAL_URL_LENGTH} characters`],
  'unsafe-characters': ['链接含有空白、控制字符或反斜杠', 'the link contains spaces, control characters or backslashes'],
  scheme: ['只允许以 http:// 或 https:// 开头的网址', 'only http:// and https:// addresses may be opened'],
  malformed: ['网址格式不正确', 'the address is malformed'],
  credentials: ['网址中不得包含用户名或密码', 'the address must not contain a user name or password'],
};

/** Returns the normalised address when the link may be opened in the user's browser. */
export function checkExternalUrl(raw: unknown): Result<string> {
  if (typeof raw !== 'string' || raw.length === 0) return reject('empty', '');
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return reject('too-long', raw);
  if (hasUnsafeCharacters(raw)) return reject('unsafe-characters', raw);
  // Checked on the raw text too: the URL parser would quietly repair `http:evil` or `HTTP:\\evil`.
  if (!/^https?:\/\//i.test(raw)) return reject('scheme', raw);
  const url = parse(raw);
  if (!url || url.hostname === '') return reject('malformed', raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject('scheme', raw);
  if (url.username !== '' || url.password !== '') return reject('credentials', raw);
  return ok(url.href);
}

function parse(raw: string): ParsedUrl | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

// Whitespace, C0/C1 controls, backslashes and invisible or bidi characters that can disguise a link.
function isUnsafeCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || char === '\\') return true;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  return code === 0x3000 || code === 0xfeff;
}

function hasUnsafeCharacters(raw: string): boolean {
  return [...raw].some(isUnsafeCharacter);
}

function reject(reason: Rejection, raw: string): Result<never> {
  const [zh, en] = REASONS[reason];
  // The message quotes the link, so it must not carry the characters that disguise one.
  const cleaned = [...raw].map((char) => (isUnsafeCharacter(char) ? '\uFFFD' : char)).join('');
  const shown = cleaned.length > 80 ? `${cleaned.slice(0, 80)}…` : cleaned;
  return err(
    userError(`host.external-url.${reason}`, `不能打开链接“${shown}”：${zh}`, `Cannot open the link "${shown}": ${en}`, { field: 'url' }),
  );
}
