// Blobs by SHA-256: ask which are missing, upload one (verified as it streams in), read one.
// A resumed push asks again and sends only what is still missing.
import { Hono } from 'hono';
import { z } from 'zod';
import { userError } from '../../shared/errors';
import { BodyTooLargeError, capped, fail, jsonBody, requestBody, SHA256, type HubDeps, type HubEnv } from '../http';
import { PACK_MAX_BYTES, PackFormatError, readPack } from '../../shared/bundle/blob-pack';
import { hubErrors } from '../hub-errors';
import { createLogger } from '../log';

const log = createLogger('blobs');

const missingSchema = z.strictObject({ sha256: z.array(z.string().regex(SHA256)).max(200_000) });

const interrupted = (sha: string, error: unknown): string => `upload of ${sha.slice(0, 12)}… interrupted: ${error instanceof Error ? error.message : String(error)}`;

export function blobRoutes(deps: HubDeps): Hono<HubEnv> {
  const app = new Hono<HubEnv>();

  app.post('/missing', async (c) => {
    const body = await jsonBody(c, 32 * 1024 * 1024);
    if (!body || 'tooLarge' in body) return fail(c, hubErrors.invalid([userError('hub.bad_body', '请求内容不是有效的 JSON', 'the request body is not valid JSON')]));
    const parsed = missingSchema.safeParse(body.value);
    if (!parsed.success) return fail(c, hubErrors.invalid([userError('hub.bad_body', '应为 {"sha256": [...]}', 'expected {"sha256": [...]}')]));
    const unique = [...new Set(parsed.data.sha256)];
    const sizes = await Promise.all(unique.map((sha) => deps.blobs.size(sha)));
    return c.json({ missing: unique.filter((_, i) => sizes[i] === undefined) });
  });

  // Many small blobs in one request (shared/bundle/blob-pack.ts); each is kept as soon as it is complete.
  app.post('/pack', async (c) => {
    if (Number(c.req.header('content-length') ?? '0') > PACK_MAX_BYTES) return fail(c, hubErrors.tooLarge(PACK_MAX_BYTES));
    const stored: string[] = [];
    const rejected: { sha256: string; actual: string }[] = [];
    try {
      for await (const blob of readPack(capped(requestBody(c), PACK_MAX_BYTES))) {
        const outcome = deps.blobs.putBytes(blob.sha256, blob.bytes);
        if (outcome.kind === 'stored') stored.push(blob.sha256);
        else rejected.push({ sha256: blob.sha256, actual: outcome.kind === 'hash-mismatch' ? outcome.actual : 'too large' });
      }
      // Acknowledged once the bytes are on disk; the folders follow at commit, before the receipt.
      await deps.blobs.sync(stored);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return fail(c, hubErrors.tooLarge(error.limit));
      if (error instanceof PackFormatError) return fail(c, hubErrors.invalid([userError('hub.bad_pack', `数据块格式错误（第 ${error.index + 1} 个）`, error.message)]));
      log.warn(interrupted('pack', error));
      return c.body(null, 400);
    }
    const bad = rejected[0];
    if (bad) return fail(c, { ...hubErrors.hashMismatch(bad.sha256, bad.actual), details: { stored: stored.length, rejected } });
    return c.json({ stored: stored.length });
  });

  app.on('HEAD', '/:sha256', async (c) => {
    const sha = c.req.param('sha256');
    if (!SHA256.test(sha)) return c.body(null, 400);
    const size = await deps.blobs.size(sha);
    return size === undefined ? c.body(null, 404) : c.body(null, 200, { 'content-length': String(size) });
  });

  app.put('/:sha256', async (c) => {
    const sha = c.req.param('sha256');
    if (!SHA256.test(sha)) return fail(c, hubErrors.badSha(sha));
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > deps.maxBlobBytes) return fail(c, hubErrors.tooLarge(deps.maxBlobBytes));
    let outcome;
    try {
      outcome = await deps.blobs.put(sha, requestBody(c), deps.maxBlobBytes);
    } catch (error) {
      // The sender went away mid-upload: nothing was stored, and nobody is left to answer.
      log.warn(interrupted(sha, error));
      return c.body(null, 400);
    }
    if (outcome.kind === 'too-large') return fail(c, hubErrors.tooLarge(outcome.limit));
    if (outcome.kind === 'hash-mismatch') return fail(c, hubErrors.hashMismatch(sha, outcome.actual));
    return c.json({ sha256: sha, size: outcome.size, isNew: outcome.isNew }, outcome.isNew ? 201 : 200);
  });

  app.get('/:sha256', async (c) => {
    const sha = c.req.param('sha256');
    if (!SHA256.test(sha)) return fail(c, hubErrors.badSha(sha));
    const p = c.get('principal');
    if (p.role !== 'supervisor') return fail(c, hubErrors.forbidden('只有主管可以下载条目', 'only a supervisor may download entries'));
    // A supervisor limited to some batches reads only entries submitted to those batches.
    const isVisible =
      p.batchIds.length === 0 ||
      (await deps.sql.query(
        `select 1 from submission_entries se join submissions s on s.id = se.submission_id
         where se.sha256 = $1 and s.batch_id in (select jsonb_array_elements_text($2::text::jsonb)) limit 1`,
        [sha, JSON.stringify(p.batchIds)],
      )).length > 0;
    if (!isVisible || (await deps.blobs.size(sha)) === undefined) return fail(c, hubErrors.notFound('该条目', 'the entry'));
    const bytes = await deps.blobs.read(sha);
    return c.body(bytes.slice().buffer, 200, { 'content-type': 'application/octet-stream' });
  });

  return app;
}
