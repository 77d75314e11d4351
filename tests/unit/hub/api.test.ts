import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readBundle } from '../../../shared/bundle/read';
import { verifyReceipt } from '../../../shared/bundle/receipt';
import { pushBundle } from '../../../renderer/sync/push';
import { HubRequestError } from '../../../renderer/sync/hub-client';
import { startTestHub, testBackends, type TestHub } from '../../../hub/testing/test-hub';
import { TEST_TOKENS } from '../../../hub/testing/test-tokens';
import { client, resultsBundle, reviewerBundle, verified } from './fixtures';

const T = TEST_TOKENS;

async function rejection(promise: Promise<unknown>): Promise<HubRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HubRequestError)) throw new Error(`expected a HubRequestError, got ${String(error)}`);
  return error;
}

describe.each(testBackends())('hub on %s', (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  }, 600_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it('answers /health with 200 JSON', async () => {
    const response = await fetch(`${hub.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, service: 'xinping-hub', database: backend });
  });

  it('refuses requests without a valid token, in both languages', async () => {
    const response = await fetch(`${hub.url}/v1/whoami`, { headers: { authorization: 'Bearer xph_nope' } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string; zh: string; en: string } };
    expect(body.error).toMatchObject({ code: 'hub.unauthenticated' });
    expect(body.error.zh).toContain('令牌');
  });

  it('answers the web build across origins: preflight without a token, and errors a page can read', async () => {
    const origin = 'http://127.0.0.1:4173';
    const preflight = await fetch(`${hub.url}/v1/blobs/missing`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const refused = await fetch(`${hub.url}/v1/whoami`, { headers: { origin, authorization: 'Bearer xph_nope' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('takes a reviewer push and returns a receipt signed by the hub key', async () => {
    const bundle = await verified(await reviewerBundle('张三', { bundleId: `api-push-${backend}` }));
    const zhang = client(hub.url, T.zhang.token);
    const result = await pushBundle(zhang, bundle);
    expect(result.isDuplicate).toBe(false);
    expect(result.sentBytes).toBe(result.bundleBytes);
    const key = await zhang.hubKey();
    expect((await verifyReceipt(result.signedReceipt, { submissionId: bundle.manifestHash, hubFingerprint: key.fingerprint })).ok).toBe(true);
    expect(result.receipt).toMatchObject({ batchId: 'b-2015-3', kind: 'reviewer', sender: { name: '张三' }, entries: bundle.manifest.entries.length });
  });

  it('a duplicate push sends no bytes and gets the same receipt; one submission is kept', async () => {
    const bundle = await verified(await reviewerBundle('张三', { bundleId: `api-dup-${backend}`, seed: 2 }));
    const zhang = client(hub.url, T.zhang.token);
    const first = await pushBundle(zhang, bundle);
    const second = await pushBundle(zhang, bundle);
    expect(second).toMatchObject({ isDuplicate: true, sentBytes: 0 });
    expect(second.signedReceipt).toEqual(first.signedReceipt);
    const rows = await hub.sql.query('select count(*)::int as n from submissions where id = $1', [bundle.manifestHash]);
    expect(rows[0]?.n).toBe(1);
  });

  it('answers 409 for the same bundle id with different content', async () => {
    const zhang = client(hub.url, T.zhang.token);
    await pushBundle(zhang, await verified(await reviewerBundle('张三', { bundleId: `api-409-${backend}`, seed: 3 })));
    const other = await verified(await reviewerBundle('张三', { bundleId: `api-409-${backend}`, seed: 4 }));
    const error = await rejection(pushBundle(zhang, other));
    expect(error.status).toBe(409);
    expect(error.detail.code).toBe('hub.bundle_id_conflict');
  });

  it('lets a reviewer push only their own bundle, to their own batch', async () => {
    const li = client(hub.url, T.li.token);
    const notLis = await rejection(pushBundle(li, await verified(await reviewerBundle('张三', { bundleId: `api-403a-${backend}`, seed: 5 }))));
    expect(notLis.status).toBe(403);
    expect(notLis.detail.zh).toContain('张三');
    const wang = client(hub.url, T.wang.token);
    const wrongBatch = await rejection(pushBundle(wang, await verified(await reviewerBundle('王五', { bundleId: `api-403b-${backend}`, seed: 6 }))));
    expect(wrongBatch.detail.code).toBe('hub.forbidden_batch');
    expect(wrongBatch.isRetryable).toBe(false);
  });

  it('refuses a blob whose bytes do not hash to its address, and keeps nothing', async () => {
    const sha = 'b'.repeat(64);
    const zhang = client(hub.url, T.zhang.token);
    const error = await rejection(zhang.putBlob(sha, strToU8('not that')));
    expect(error.status).toBe(422);
    expect(error.detail.code).toBe('hub.hash_mismatch');
    expect(await zhang.missing([sha])).toEqual([sha]);
  });

  it('refuses to commit before every entry is uploaded, naming what is missing', async () => {
    const bundle = await verified(await reviewerBundle('张三', { bundleId: `api-missing-${backend}`, seed: 7 }));
    const error = await rejection(client(hub.url, T.zhang.token).commit(bundle.manifestText, bundle.signature));
    expect(error.status).toBe(409);
    expect(error.detail.code).toBe('hub.blobs_missing');
    // Record tables equal to an earlier push's are already there (stored once); the new files are not.
    const missing = (error.details as { missing: string[] }).missing;
    expect(missing.filter((n) => n.startsWith('files/'))).toHaveLength(4);
    expect(error.detail.en).toContain(missing[0]);
  });

  it('refuses a manifest whose signature does not match', async () => {
    const bundle = await verified(await reviewerBundle('张三', { bundleId: `api-sig-${backend}`, seed: 8 }));
    const forged = bundle.manifestText.replace('"name":"张三"', '"name":"张三 "');
    const error = await rejection(client(hub.url, T.zhang.token).commit(forged, bundle.signature));
    expect(error.status).toBe(422);
    expect(error.detail.code).toBe('bundle.bad_signature');
  });

  it('serves a supervisor the submissions, the bundle (which verifies) and the sheets; reviewers see only their own', async () => {
    const zhang = client(hub.url, T.zhang.token);
    const li = client(hub.url, T.li.token);
    const mine = await verified(await reviewerBundle('李四', { bundleId: `api-pull-${backend}`, seed: 9, firstDossier: 100 }));
    await pushBundle(li, mine);
    const sup = client(hub.url, T.supervisor.token);
    const page = await sup.listSubmissions('b-2015-3');
    const found = page.submissions.find((s) => s.id === mine.manifestHash);
    expect(found).toMatchObject({ reviewerId: '李四', kind: 'reviewer' });
    const pulled = await readBundle(await sup.submissionBundle(mine.manifestHash));
    expect(pulled.ok && pulled.value.records).toEqual(mine.records);
    expect((await zhang.listSubmissions('b-2015-3')).submissions.every((s) => s.reviewerId === '张三')).toBe(true);
    const sheets = (await (await fetch(`${hub.url}/v1/batches/b-2015-3/sheets`, { headers: { authorization: `Bearer ${T.supervisor.token}` } })).json()) as { reviewers: { reviewerId: string; sheets: unknown[] }[] };
    expect(sheets.reviewers.find((r) => r.reviewerId === '李四')?.sheets).toHaveLength(4);
    const other = await rejection(client(hub.url, T.otherSupervisor.token).listSubmissions('b-2015-3'));
    expect(other.status).toBe(403);
  });

  it('returns the final results a supervisor pushed to anyone on the batch', async () => {
    const sup = client(hub.url, T.supervisor.token);
    expect(await sup.results('b-2015-3')).toBeUndefined();
    await pushBundle(sup, await verified(await resultsBundle(`api-results-${backend}`)));
    const pulled = await client(hub.url, T.zhang.token).results('b-2015-3');
    const read = pulled ? await readBundle(pulled) : undefined;
    expect(read?.ok && read.value.manifest.kind).toBe('results');
  });
});

if (!process.env.PG_TEST_URL) {
  describe('hub on a real PostgreSQL', () => {
    it.skip('runs when PG_TEST_URL is set (see hub/scripts/start-test-postgres.sh)', () => undefined);
  });
}

