import { describe, expect, it } from 'vitest';
import { configFromEnv, isLoopback } from '../../../hub/config';

describe('listening policy', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['', false],
    ['192.168.1.10', false],
    ['10.0.0.1', false],
    ['localhost.evil.example', false],
    ['127.0.0.1.evil.example', false],
    ['128.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['hub.xiehui.org.cn', false],
  ])('%j is loopback: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('refuses plain HTTP on a network address, saying how to fix it', () => {
    const result = configFromEnv({ HUB_HOST: '0.0.0.0' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.code).toBe('hub.plain_http_refused');
    expect(result.error[0]?.zh).toContain('HUB_TLS_CERT');
    expect(result.error[0]?.en).toContain('reverse proxy');
  });

  it('accepts a network address with TLS, and needs both TLS files', () => {
    expect(configFromEnv({ HUB_HOST: '0.0.0.0', HUB_TLS_CERT: 'c.pem', HUB_TLS_KEY: 'k.pem' }, '/srv').ok).toBe(true);
    const half = configFromEnv({ HUB_HOST: '0.0.0.0', HUB_TLS_CERT: 'c.pem' });
    expect(half.ok ? '' : half.error[0]?.code).toBe('hub.tls_incomplete');
  });

  it('defaults: loopback, port 8787, .hub-data, PGlite, fsync on', () => {
    const result = configFromEnv({}, '/srv/hub');
    expect(result.ok && result.value).toMatchObject({ host: '127.0.0.1', port: 8787, dataDir: '/srv/hub/.hub-data', blobDir: '/srv/hub/.hub-data/blobs', isFsync: true });
    expect(result.ok && result.value.databaseUrl).toBeUndefined();
    expect(result.ok && result.value.corsOrigins).toBeUndefined();
  });

  it('narrows browser origins to the listed ones when HUB_CORS_ORIGINS is set', () => {
    const result = configFromEnv({ HUB_CORS_ORIGINS: ' https://xinping.example.org , http://127.0.0.1:4173,' });
    expect(result.ok && result.value.corsOrigins).toEqual(['https://xinping.example.org', 'http://127.0.0.1:4173']);
  });

  it.each([['HUB_PORT', '70000'], ['HUB_PORT', 'eighty'], ['HUB_MAX_BLOB_MB', '-1'], ['HUB_FSYNC', 'yes']])('refuses %s=%j, naming it', (key, value) => {
    const result = configFromEnv({ [key]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.at?.path).toBe(key);
  });
});
