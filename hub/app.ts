// The hub's HTTP API (docs/hub.md). Everything under /v1 needs a bearer token.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { userError } from '../shared/errors';
import { fail, requireToken, type HubDeps, type HubEnv } from './http';
import { createLogger } from './log';
import { batchRoutes } from './routes/batches';
import { blobRoutes } from './routes/blobs';
import { submissionRoutes } from './routes/submissions';

const log = createLogger('http');

export const HUB_VERSION = '1';

export function createApp(deps: HubDeps): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  // The web build calls the hub from its own origin. Tokens travel in a header, never as cookies,
  // so allowing any origin lends a page nothing it does not already hold (HUB_CORS_ORIGINS narrows it).
  app.use(
    '*',
    cors({
      origin: deps.corsOrigins && deps.corsOrigins.length > 0 ? [...deps.corsOrigins] : '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['authorization', 'content-type'],
      exposeHeaders: ['content-length'],
      maxAge: 600,
    }),
  );
  app.get('/health', (c) => c.json({ ok: true, service: 'xinping-hub', version: HUB_VERSION, database: deps.sql.kind, hubKey: deps.hubKey.fingerprint }));
  app.use('/v1/*', requireToken(deps.sql));
  app.get('/v1/hub-key', (c) => c.json({ key: deps.hubKey.publicKey, fingerprint: deps.hubKey.fingerprint }));
  app.get('/v1/whoami', (c) => c.json(c.get('principal')));
  app.route('/v1/blobs', blobRoutes(deps));
  app.route('/v1/submissions', submissionRoutes(deps));
  app.route('/v1/batches', batchRoutes(deps));
  app.notFound((c) => fail(c, { status: 404, error: userError('hub.no_route', `没有这个接口：${c.req.method} ${c.req.path}`, `no such endpoint: ${c.req.method} ${c.req.path}`) }));
  app.onError((error, c) => {
    log.error(`${c.req.method} ${c.req.path} failed`, error);
    return fail(c, { status: 500, error: userError('hub.internal', '评价中心内部错误，请稍后重试', 'the hub failed internally; try again later') });
  });
  return app;
}
