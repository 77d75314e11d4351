// Commit a submission; read one back (its receipt, or the whole bundle).
import { Hono, type Context } from 'hono';
import { userError } from '../../shared/errors';
import { submissionBundle } from '../bundle-zip';
import { commitBodySchema, commitSubmission } from '../commit';
import { fail, jsonBody, SHA256, type HubDeps, type HubEnv } from '../http';
import { hubErrors } from '../hub-errors';
import { findSubmission, type SubmissionRow } from '../submissions';
import { canAccessBatch, type Principal } from '../tokens';

const MAX_COMMIT_BYTES = 64 * 1024 * 1024;

/** Supervisors and staff see every submission of their batches; a reviewer sees their own and results. */
export function canRead(p: Principal, s: Pick<SubmissionRow, 'batchId' | 'kind' | 'reviewerId'>): boolean {
  if (!canAccessBatch(p, s.batchId)) return false;
  return p.role !== 'reviewer' || s.kind === 'results' || s.reviewerId === p.user;
}

async function readable(c: Context<HubEnv>, deps: HubDeps): Promise<SubmissionRow | Response> {
  const id = c.req.param('id') ?? '';
  if (!SHA256.test(id)) return fail(c, hubErrors.badSha(id));
  const found = await findSubmission(deps.sql, id);
  if (!found || !canRead(c.get('principal'), found)) return fail(c, hubErrors.notFound('该提交', 'the submission'));
  return found;
}

export function submissionRoutes(deps: HubDeps): Hono<HubEnv> {
  const app = new Hono<HubEnv>();

  app.post('/', async (c) => {
    const body = await jsonBody(c, MAX_COMMIT_BYTES);
    if (!body) return fail(c, hubErrors.invalid([userError('hub.bad_body', '请求内容不是有效的 JSON', 'the request body is not valid JSON')]));
    if ('tooLarge' in body) return fail(c, hubErrors.tooLarge(MAX_COMMIT_BYTES));
    const parsed = commitBodySchema.safeParse(body.value);
    if (!parsed.success) return fail(c, hubErrors.invalid([userError('hub.bad_body', '应为 {"manifest": "...", "signature": {...}}', 'expected {"manifest": "...", "signature": {...}}')]));
    const outcome = await commitSubmission(deps, c.get('principal'), parsed.data);
    if (!outcome.ok) return fail(c, outcome.failure);
    return c.json({ isDuplicate: !outcome.isNew, ...outcome.receipt }, outcome.isNew ? 201 : 200);
  });

  app.get('/:id', async (c) => {
    const found = await readable(c, deps);
    if (found instanceof Response) return found;
    const { receipt, ...summary } = found;
    return c.json({ ...summary, receipt });
  });

  app.get('/:id/bundle', async (c) => {
    const found = await readable(c, deps);
    if (found instanceof Response) return found;
    const bytes = await submissionBundle(deps.sql, deps.blobs, found.id);
    if (!bytes) return fail(c, hubErrors.notFound('该提交', 'the submission'));
    return c.body(bytes, 200, { 'content-type': 'application/zip', 'x-xinping-submission': found.id });
  });

  return app;
}
