// Which hub addresses a workstation may use: https anywhere, plain http only to this machine
// (the hub refuses plain http elsewhere too, docs/hub.md § TLS). No credentials, paths or queries.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The address as the client will use it (origin only), or undefined when it is not allowed. */
export function checkHubUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
  if (url.pathname !== '/' && url.pathname !== '') return undefined;
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && (LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname))) return url.origin;
  return undefined;
}
