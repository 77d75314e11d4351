import { describe, expect, it } from 'vitest';
import { checkHubUrl } from '../../../renderer/sync/hub-url';

describe('checkHubUrl', () => {
  it.each([
    ['https://hub.caqi.org.cn', 'https://hub.caqi.org.cn'],
    ['https://hub.caqi.org.cn:8443/', 'https://hub.caqi.org.cn:8443'],
    ['  http://127.0.0.1:8787  ', 'http://127.0.0.1:8787'],
    ['http://localhost:9000/', 'http://localhost:9000'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
    ['http://127.8.9.10:1', 'http://127.8.9.10:1'],
  ])('accepts %j as %j', (input, expected) => {
    expect(checkHubUrl(input)).toBe(expected);
  });

  it.each([
    'http://hub.caqi.org.cn',
    'http://192.168.1.10:8787',
    'http://127.0.0.1.evil.example:8787',
    'http://localhost.evil.example',
    'https://user:pass@hub.example',
    'https://hub.example/v1?x=1',
    'https://hub.example/#frag',
    'https://hub.example/path',
    'ftp://127.0.0.1',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '127.0.0.1:8787',
    '',
  ])('refuses %j', (input) => {
    expect(checkHubUrl(input)).toBeUndefined();
  });
});
