// The admin command and the listener's TLS, as an operator would use them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HubConfig } from '../../../hub/config';
import { startHub } from '../../../hub/server';
import { freshDataDir } from '../../../hub/testing/pglite-template';
import { testConfig } from '../../../hub/testing/test-hub';
import { findPrincipal, issueSchema, revokeToken } from '../../../hub/tokens';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

function admin(dataDir: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'hub/admin.ts', ...args], { env: { ...process.env, HUB_DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A self-signed certificate for 127.0.0.1, made with openssl. */
function certificate(dir: string): NonNullable<HubConfig['tls']> {
  const [certFile, keyFile] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile]);
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
  return { certFile, keyFile };
}

/** GET over HTTPS trusting only `ca` (fetch cannot be given a CA). */
function httpsGet(url: string, token: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('hub admin', () => {
  it('issues a token the hub accepts over HTTPS (stored hashed, revocable), and never runs beside a running embedded hub', async () => {
    const dataDir = await freshDataDir();
    const certDir = mkdtempSync(join(tmpdir(), 'xinping-tls-'));
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

      const tls = hasOpenssl ? certificate(certDir) : undefined;
      hub = await startHub({ ...testConfig(dataDir), ...(tls ? { tls } : {}) });
      const answer = tls
        ? await httpsGet(`${hub.url}/v1/whoami`, token, readFileSync(tls.certFile))
        : await fetch(`${hub.url}/v1/whoami`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => ({ status: r.status, body: await r.text() }));
      if (tls) expect(hub.url).toMatch(/^https:/);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ user: '孙六', role: 'reviewer', batchIds: ['b-2015-3'] });
      const stored = await hub.sql.query('select token_hash from tokens where id = $1', [id]);
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(await revokeToken(hub.sql, id)).toBe(true);
      expect(await findPrincipal(hub.sql, token)).toBeUndefined();
      await hub.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(certDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses a reviewer token without batches, and bad roles', () => {
    expect(issueSchema.safeParse({ user: '孙六', role: 'reviewer', batchIds: [] }).error?.issues[0]?.message).toContain('must name its batches');
    expect(issueSchema.safeParse({ user: '孙六', role: 'admin', batchIds: [] }).success).toBe(false);
    expect(issueSchema.safeParse({ user: ' ', role: 'supervisor', batchIds: [] }).success).toBe(false);
    expect(issueSchema.safeParse({ user: '王主管', role: 'supervisor', batchIds: [] }).success).toBe(true);
  });
});
