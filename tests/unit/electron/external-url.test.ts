import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../electron/main/external-links';
import { MAX_EXTERNAL_URL_LENGTH } from '../../../shared/host/external-url';

describe('checkExternalUrl', () => {
  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['JAVASCRIPT:alert(1)', 'scheme'],
    [' javascript:alert(1)', 'unsafe-characters'],
    ['java\tscript:alert(1)', 'unsafe-characters'],
    ['\u0000javascript:alert(1)', 'unsafe-characters'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['FILE:///C:/Windows/System32/calc.exe', 'scheme'],
    ['smb://server/share', 'scheme'],
    ['\\\\server\\share', 'unsafe-characters'],
    ['//evil.com', 'scheme'],
    ['mailto:?', 'scheme'],
    ['xinping://open?dossier=1', 'scheme'],
    ['ms-settings:', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['about:blank', 'scheme'],
    ['blob:https://example.com/1234', 'scheme'],
    ['ftp://example.com/file', 'scheme'],
    ['http:evil.com', 'scheme'],
    ['https:\\\\evil.com', 'unsafe-characters'],
    ['https://evil.com\\@good.com', 'unsafe-characters'],
    ['http://user:pass@example.com/', 'credentials'],
    ['https://www.cqia.org.cn@evil.example/', 'credentials'],
    ['https://:secret@example.com/', 'credentials'],
    ['https://example.com/\u202Etxt.exe', 'unsafe-characters'],
    ['https://exa\u200Bmple.com/', 'unsafe-characters'],
    ['https://example.com/a b', 'unsafe-characters'],
    ['https://example.com/\n', 'unsafe-characters'],
    ['https://', 'malformed'],
    ['http://[::1', 'malformed'],
    ['https://exa mple.com', 'unsafe-characters'],
    ['', 'empty'],
    [`https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`, 'too-long'],
  ])('rejects %j (%s)', (raw, reason) => {
    const result = checkExternalUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(`host.external-url.${reason}`);
  });

  it.each([undefined, null, 42, {}, ['https://example.com']])('rejects the non-string %j', (raw) => {
    expect(checkExternalUrl(raw).ok).toBe(false);
  });

  it.each([
    ['https://www.cqia.org.cn/notice?id=2015-3#list', 'https://www.cqia.org.cn/notice?id=2015-3#list'],
    ['HTTP://EXAMPLE.com', 'http://example.com/'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/'],
    ['https://中国质量检验协会.中国/公示', 'https://xn--fiq7v44hwteu72ay33ch2gm9r.xn--fiqs8s/%E5%85%AC%E7%A4%BA'],
  ])('allows %j as %j', (raw, href) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, value: href });
  });

  it('explains the refusal in Chinese and English without echoing disguising characters', () => {
    const result = checkExternalUrl('https://example.com/\u202Egnp.exe');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.zh).toContain('不能打开链接');
    expect(result.error.en).toContain('Cannot open the link');
    expect(result.error.zh).not.toContain('\u202E');
    expect(result.error.en).not.toContain('\u202E');
  });

  it('shortens a very long link in the message', () => {
    const result = checkExternalUrl(`javascript:${'x'.repeat(5000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.en.length).toBeLessThan(300);
  });
});
