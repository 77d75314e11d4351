// Pulls for a batch: the submissions since a cursor, the reviewers' latest submitted sheets, and
// the final results (the latest "results" bundle a supervisor pushed).
import { strFromU8 } from 'fflate';
import { Hono } from 'hono';
import { RECORD_ENTRIES } from '../../shared/bundle/format';
import { submissionBundle } from '../bundle-zip';
import { fail, type HubDeps, type HubEnv } from '../http';
import { hubErrors } from '../hub-errors';
import { SUBMISSION_COLUMNS, toSubmission } from '../submissions';
import { canAccessBatch } from '../tokens';
import { canRead } from './submissions';

const PAGE = 500;

export function batchRoutes(deps: HubDeps): Hono<HubEnv> {
  const app = new Hono<HubEnv>();

  app.use('/:batchId/*', async (c, next) => {
    const batchId = c.req.param('batchId');
    if (!canAccessBatch(c.get('principal'), batchId)) return fail(c, hubErrors.forbiddenBatch(batchId));
    await next();
    return undefined;
  });

  app.get('/:batchId/submissions', async (c) => {
    const after = Number(c.req.query('after') ?? '0');
    const rows = await deps.sql.query(`select ${SUBMISSION_COLUMNS} from submissions where batch_id = $1 and seq > $2 order by seq limit ${PAGE}`, [
      c.req.param('batchId'),
      Number.isSafeInteger(after) ? after : 0,
    ]);
    const p = c.get('principal');
    const submissions = rows.map(toSubmission).filter((s) => canRead(p, s));
    const last = rows.at(-1);
    return c.json({ submissions, next: last ? toSubmission(last).seq : after, isComplete: rows.length < PAGE });
  });

  app.get('/:batchId/sheets', async (c) => {
    if (c.get('principal').role === 'reviewer') return fail(c, hubErrors.forbidden('只有主管或工作人员可以汇总评分表', 'only a supervisor or staff may pull everyone’s sheets'));
    const rows = await deps.sql.query(
      `select distinct on (s.reviewer_id) s.id, s.reviewer_id, s.sender_name, s.received_at, e.sha256
       from submissions s join submission_entries e on e.submission_id = s.id and e.name = $2
       where s.batch_id = $1 and s.kind = 'reviewer' order by s.reviewer_id, s.seq desc`,
      [c.req.param('batchId'), RECORD_ENTRIES.scoreSheets],
    );
    const reviewers = await Promise.all(
      rows.map(async (r) => ({
        reviewerId: String(r.reviewer_id),
        submissionId: String(r.id),
        sheets: JSON.parse(strFromU8(await deps.blobs.read(String(r.sha256)))) as unknown,
      })),
    );
    return c.json({ batchId: c.req.param('batchId'), reviewers });
  });

  app.get('/:batchId/results', async (c) => {
    const row = (await deps.sql.query(`select id from submissions where batch_id = $1 and kind = 'results' order by seq desc limit 1`, [c.req.param('batchId')]))[0];
    const bytes = row ? await submissionBundle(deps.sql, deps.blobs, String(row.id)) : undefined;
    if (!row || !bytes) return fail(c, hubErrors.notFound('该批次的终评结果', "this batch's final results"));
    return c.body(bytes, 200, { 'content-type': 'application/zip', 'x-xinping-submission': String(row.id) });
  });

  return app;
}
