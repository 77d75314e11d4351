// The admin command and the listener's TLS, as an operator would use them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHub } from '../../../hub/server';
import { freshDataDir } from '../../../hub/testing/pglite-template';
import { testConfig } from '../../../hub/testing/test-hub';
import { findPrincipal, issueSchema, revokeToken } from '../../../hub/tokens';

function admin(dataDir: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'hub/admin.ts', ...args], { env: { ...process.env, HUB_DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const whoami = async (url: string, token: string): Promise<Response> => fetch(`${url}/v1/whoami`, { headers: { authorization: `Bearer ${token}` } });

describe('hub admin', () => {
  it('issues a token the hub accepts (stored hashed, revocable), and never runs beside a running embedded hub', async () => {
    const dataDir = await freshDataDir();
    try {
      let hub = await startHub(testConfig(dataDir));
      const busy = admin(dataDir, 'issue-token', '--user', '孙六', '--role', 'reviewer', '--batch', 'b-2015-3');
      expect(busy.code).not.toBe(0);
      expect(busy.err).toContain('正被进程');
      await hub.close();

      const issued = admin(dataDir, 'issue-token', '--user', '孙六', '--role', 'reviewer', '--batch', 'b-2015-3');
      expect(issued.code).toBe(0);
      const { token, id } = JSON.parse(issued.out.trim()) as { token: string; id: string };
      expect(token).toMatch(/^xph_/);

      hub = await startHub(testConfig(dataDir));
      const response = await whoami(hub.url, token);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ user: '孙六', role: 'reviewer', batchIds: ['b-2015-3'] });
      const stored = await hub.sql.query('select token_hash from tokens where id = $1', [id]);
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(await revokeToken(hub.sql, id)).toBe(true);
      expect(await findPrincipal(hub.sql, token)).toBeUndefined();
      await hub.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses a reviewer token without batches, and bad roles', () => {
    expect(issueSchema.safeParse({ user: '孙六', role: 'reviewer', batchIds: [] }).error?.issues[0]?.message).toContain('must name its batches');
    expect(issueSchema.safeParse({ user: '孙六', role: 'admin', batchIds: [] }).success).toBe(false);
    expect(issueSchema.safeParse({ user: ' ', role: 'supervisor', batchIds: [] }).success).toBe(false);
    expect(issueSchema.safeParse({ user: '王主管', role: 'supervisor', batchIds: [] }).success).toBe(true);
  });

  it.skipIf(spawnSync('openssl', ['version']).status !== 0)('serves HTTPS when given a certificate and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinping-tls-'));
    const dataDir = await freshDataDir();
    try {
      const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert]);
      expect(made.status).toBe(0);
      const hub = await startHub({ ...testConfig(dataDir), tls: { certFile: cert, keyFile: key } });
      expect(hub.url).toMatch(/^https:/);
      const body = await new Promise<string>((resolve, reject) => {
        get(`${hub.url}/health`, { ca: readFileSync(cert) }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(text));
        }).on('error', reject);
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
      await hub.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
