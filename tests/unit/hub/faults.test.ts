// Faults a push must survive with nothing lost and nothing twice: the hub killed mid-upload, the
// connection cut halfway, the same bundle pushed twice at once, two workstations at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/bundle/read';
import { pushBundle } from '../../../renderer/sync/push';
import { cutProxy } from '../../../hub/testing/cut-proxy';
import { startHub } from '../../../hub/server';
import { prepareBackend, startTestHub, testBackends, testConfig, type TestHub } from '../../../hub/testing/test-hub';
import { TEST_TOKENS } from '../../../hub/testing/test-tokens';
import { startChildHub } from '../../../hub/testing/child-hub';
import { client, count, reviewerBundle, verified } from './fixtures';

const T = TEST_TOKENS;
const SIZES = { dossiers: 40, fileBytes: (i: number): number => 20_000 + (i % 7) * 1000 };

async function submissionCount(hub: TestHub, id: string): Promise<number> {
  const rows = await hub.sql.query('select count(*)::int as n from submissions where id = $1', [id]);
  return Number(rows[0]?.n);
}

describe.each(testBackends())('a hub on %s killed with SIGKILL mid-upload', (backend) => {
  it('resumes after restart on the same data directory, sending only what was missing', async () => {
    const prepared = await prepareBackend(backend);
    const { dataDir, databaseUrl } = prepared;
    try {
      const bundle = await verified(await reviewerBundle('张三', { ...SIZES, bundleId: 'fault-kill9', seed: 21 }));
      const hub = await startChildHub(dataDir, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
      let killed: Promise<void> | undefined;
      const cut = pushBundle(client(hub.url, T.zhang.token), bundle, {
        packBytes: 64 * 1024,
        concurrency: 2,
        onProgress: (p) => {
          if (!killed && p.sentEntries >= 20) killed = hub.kill9();
        },
      });
      await expect(cut).rejects.toMatchObject({ isRetryable: true });
      await killed;
      // Restarted on the same data directory (here in this process: one child start is enough).
      const restarted = await startHub(testConfig(dataDir, databaseUrl));
      try {
        const resumed = await pushBundle(client(restarted.url, T.zhang.token), bundle);
        expect(resumed.isDuplicate).toBe(false);
        expect(resumed.sentBytes).toBeGreaterThan(0);
        expect(resumed.sentBytes / resumed.bundleBytes).toBeLessThan(0.75);
        const again = await pushBundle(client(restarted.url, T.zhang.token), bundle);
        expect(again).toMatchObject({ isDuplicate: true, sentBytes: 0 });
        const pulled = await readBundle(await client(restarted.url, T.supervisor.token).submissionBundle(bundle.manifestHash));
        expect(pulled.ok && pulled.value.records).toEqual(bundle.records);
        const page = await client(restarted.url, T.supervisor.token).listSubmissions('b-2015-3');
        expect(page.submissions.filter((s) => s.bundleId === 'fault-kill9')).toHaveLength(1);
      } finally {
        await restarted.close();
      }
    } finally {
      await prepared.cleanup();
    }
  }, 300_000);
});

describe.each(testBackends())('faults on %s', (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  }, 600_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it('a connection cut halfway: the resumed push sends only the missing half', async () => {
    const bundle = await verified(await reviewerBundle('张三', { ...SIZES, bundleId: `fault-cut-${backend}`, seed: 22 }));
    const total = [...bundle.entries.values()].reduce((n, b) => n + b.length, 0);
    const proxy = await cutProxy(hub.port, Math.floor(total / 2));
    try {
      await expect(pushBundle(client(proxy.url, T.zhang.token), bundle)).rejects.toMatchObject({ isRetryable: true });
      expect(proxy.isCut()).toBe(true);
      proxy.heal();
      const resumed = await pushBundle(client(proxy.url, T.zhang.token), bundle);
      expect(resumed.sentBytes / resumed.bundleBytes).toBeLessThanOrEqual(0.55);
      expect(await submissionCount(hub, bundle.manifestHash)).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('the same bundle pushed twice at once is stored once, both get the receipt', async () => {
    const bundle = await verified(await reviewerBundle('张三', { ...SIZES, bundleId: `fault-twice-${backend}`, seed: 23 }));
    const zhang = client(hub.url, T.zhang.token);
    const [a, b] = await Promise.all([pushBundle(zhang, bundle), pushBundle(zhang, bundle)]);
    expect(a.receipt.submissionId).toBe(b.receipt.submissionId);
    expect([a.isDuplicate, b.isDuplicate].filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(await submissionCount(hub, bundle.manifestHash)).toBe(1);
    const entries = await hub.sql.query('select count(*)::int as n from submission_entries where submission_id = $1', [bundle.manifestHash]);
    expect(entries[0]?.n).toBe(bundle.manifest.entries.length);
  });

  it('two workstations pushing at once (sharing some files): both stored, complete', async () => {
    const shared = { ...SIZES, seed: 24 };
    const zhang = await verified(await reviewerBundle('张三', { ...shared, bundleId: `fault-two-a-${backend}` }));
    const li = await verified(await reviewerBundle('李四', { ...shared, bundleId: `fault-two-b-${backend}` }));
    const before = await count(hub.sql, 'submissions');
    const [a, b] = await Promise.all([pushBundle(client(hub.url, T.zhang.token), zhang), pushBundle(client(hub.url, T.li.token), li)]);
    expect(a.receipt.sender.name).toBe('张三');
    expect(b.receipt.sender.name).toBe('李四');
    expect(await count(hub.sql, 'submissions')).toBe(before + 2);
    const sup = client(hub.url, T.supervisor.token);
    for (const bundle of [zhang, li]) {
      const pulled = await readBundle(await sup.submissionBundle(bundle.manifestHash));
      expect(pulled.ok && pulled.value.records).toEqual(bundle.records);
    }
  });
});
