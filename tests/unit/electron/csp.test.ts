import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withCspHeader } from '../../../electron/main/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it('allows scripts only from the app itself', () => {
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*']) {
      expect(scripts).not.toContain(loose);
    }
  });

  it('forbids plugins, base-tag hijacking and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('lets the renderer reach a hub on loopback over http, or any hub over https, and nothing else', () => {
    const connect = policy.get('connect-src') ?? [];
    expect(connect).toEqual(expect.arrayContaining(["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']));
    for (const loose of ['*', 'http:', 'http://*', 'ws:', 'data:']) expect(connect).not.toContain(loose);
    expect(connect.filter((s) => s.startsWith('http://')).every((s) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\*$/.test(s))).toBe(true);
  });

  it('adds the sync hub to connect-src only', () => {
    const withHub = directives(contentSecurityPolicy({ connectSources: ['https://hub.example.org'] }));
    expect(withHub.get('connect-src')).toContain('https://hub.example.org');
    expect(withHub.get('script-src')).toEqual(["'self'"]);
  });
});

describe('withCspHeader', () => {
  it('replaces any policy the server sent, whatever its case, and keeps other headers', () => {
    const headers = withCspHeader(
      { 'content-security-policy': ["script-src 'unsafe-inline'"], 'CONTENT-SECURITY-POLICY': 'default-src *', 'Content-Type': 'text/html' },
      "default-src 'self'",
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('adds the policy when there were no headers', () => {
    expect(withCspHeader(undefined, "default-src 'self'")).toEqual({ 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
