// The hub's settings, from the environment, checked once at start. Plain HTTP is allowed only
// on a loopback address; anything reachable from the network needs TLS (docs/hub.md § TLS).
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { err, ok, userError, type Result, type UserError } from '../shared/errors';
import { zodIssuesToUserErrors } from '../shared/zod-errors';

export type HubConfig = {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly blobDir: string;
  readonly databaseUrl?: string;
  readonly tls?: { readonly certFile: string; readonly keyFile: string };
  readonly maxBlobBytes: number;
  /** fsync each blob before acknowledging it (off only for throwaway test hubs). */
  readonly isFsync: boolean;
  /** Browser origins allowed by CORS; absent: any origin. */
  readonly corsOrigins?: readonly string[];
};

const envSchema = z.object({
  HUB_HOST: z.string().default('127.0.0.1'),
  HUB_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HUB_DATA_DIR: z.string().min(1).default('.hub-data'),
  HUB_BLOB_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  HUB_TLS_CERT: z.string().min(1).optional(),
  HUB_TLS_KEY: z.string().min(1).optional(),
  HUB_MAX_BLOB_MB: z.coerce.number().positive().max(4096).default(256),
  HUB_FSYNC: z.enum(['0', '1']).default('1'),
  HUB_CORS_ORIGINS: z.string().optional(),
});

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback; "localhost" exactly (a resolver decides the rest). */
export function isLoopback(host: string): boolean {
  const h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\.\d+\.\d+\.\d+$/i.test(h) || h === '0:0:0:0:0:0:0:1';
  return false;
}

export function configFromEnv(env: Readonly<Record<string, string | undefined>>, cwd: string = process.cwd()): Result<HubConfig, readonly UserError[]> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return err(zodIssuesToUserErrors(parsed.error, 'hub.config'));
  const e = parsed.data;
  if ((e.HUB_TLS_CERT === undefined) !== (e.HUB_TLS_KEY === undefined)) {
    return err([userError('hub.tls_incomplete', 'HUB_TLS_CERT 与 HUB_TLS_KEY 须同时设置', 'set both HUB_TLS_CERT and HUB_TLS_KEY, or neither', { field: 'HUB_TLS_CERT' })]);
  }
  const tls = e.HUB_TLS_CERT && e.HUB_TLS_KEY ? { certFile: resolve(cwd, e.HUB_TLS_CERT), keyFile: resolve(cwd, e.HUB_TLS_KEY) } : undefined;
  if (!tls && !isLoopback(e.HUB_HOST)) {
    return err([
      userError(
        'hub.plain_http_refused',
        `拒绝在非本机地址 ${e.HUB_HOST} 上以明文 HTTP 监听：请设置 HUB_TLS_CERT 与 HUB_TLS_KEY，或放在 TLS 反向代理之后并监听 127.0.0.1`,
        `refusing to serve plain HTTP on non-loopback address ${e.HUB_HOST}: set HUB_TLS_CERT and HUB_TLS_KEY, or listen on 127.0.0.1 behind a TLS reverse proxy`,
        { field: 'HUB_HOST' },
      ),
    ]);
  }
  const dataDir = resolve(cwd, e.HUB_DATA_DIR);
  return ok({
    host: e.HUB_HOST,
    port: e.HUB_PORT,
    dataDir,
    blobDir: e.HUB_BLOB_DIR ? resolve(cwd, e.HUB_BLOB_DIR) : resolve(dataDir, 'blobs'),
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(tls ? { tls } : {}),
    maxBlobBytes: Math.round(e.HUB_MAX_BLOB_MB * 1024 * 1024),
    isFsync: e.HUB_FSYNC === '1',
    ...corsOrigins(e.HUB_CORS_ORIGINS),
  });
}

function corsOrigins(list: string | undefined): { corsOrigins?: readonly string[] } {
  const origins = (list ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  return origins.length > 0 ? { corsOrigins: origins } : {};
}
