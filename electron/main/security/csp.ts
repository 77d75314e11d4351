// The one Content-Security-Policy for every way the renderer is served:
// the <meta> tag in index.html (Electron loads file://, where headers don't apply)
// and the HTTP header of the web build.

export type CspOptions = {
  /** Extra origins the renderer may fetch from (the sync hub). */
  readonly connectSources?: readonly string[];
};

export function contentSecurityPolicy(options: CspOptions = {}): string {
  // The sync hub is configured at run time: plain http on loopback only (the hub refuses plain
  // http elsewhere, docs/hub.md), any host over TLS. Never plain http to another machine.
  const connect = ["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'http://[::1]:*', 'https:', ...(options.connectSources ?? [])];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // antd injects its CSS-in-JS <style> tags at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': connect,
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export type ResponseHeaders = Record<string, string | string[]>;

/** Response headers with our policy replacing any Content-Security-Policy the server sent. */
export function withCspHeader(headers: Readonly<ResponseHeaders> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {})
    .filter(([name]) => name.toLowerCase() !== 'content-security-policy')
    .map(([name, value]): [string, string[]] => [name, Array.isArray(value) ? value : [value]]);
  return Object.fromEntries([...kept, ['Content-Security-Policy', [policy]]]);
}
