// Starts the hub: lock the data directory (PGlite), open and migrate the database, load the hub
// key, then listen — plain HTTP on loopback, HTTPS when configured (config.ts enforces which).
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { fileBlobStore } from './blob-store';
import type { HubConfig } from './config';
import { lockDataDir, type DataLock } from './data-lock';
import { openDatabase } from './db/open';
import type { Sql } from './db/sql';
import { loadOrCreateHubKey } from './hub-key';
import { createLogger } from './log';

const log = createLogger('server');

export type RunningHub = {
  readonly url: string;
  readonly port: number;
  readonly sql: Sql;
  close(): Promise<void>;
};

function listen(config: HubConfig, fetch: Parameters<typeof serve>[0]['fetch']): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolveListen, reject) => {
    const base = { fetch, port: config.port, hostname: config.host };
    const options = config.tls
      ? { ...base, createServer: createHttpsServer, serverOptions: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } }
      : base;
    const server = serve(options, (info: AddressInfo) => resolveListen({ server, port: info.port }));
    server.once('error', reject);
  });
}

export async function startHub(config: HubConfig, now?: () => Date): Promise<RunningHub> {
  const lock: DataLock | undefined = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  let sql: Sql | undefined;
  try {
    sql = await openDatabase(config);
    const hubKey = await loadOrCreateHubKey(sql);
    const blobs = fileBlobStore(config.blobDir, config.isFsync);
    const app = createApp({ sql, blobs, hubKey, maxBlobBytes: config.maxBlobBytes, ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}), ...(now ? { now } : {}) });
    const { server, port } = await listen(config, app.fetch);
    const scheme = config.tls ? 'https' : 'http';
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const url = `${scheme}://${host}:${port}`;
    log.info(`listening on ${url} (${sql.kind}, blobs in ${config.blobDir})`);
    const db = sql;
    return {
      url,
      port,
      sql: db,
      async close() {
        await new Promise<void>((done) => {
          server.close(() => done());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await db.close();
        lock?.release();
      },
    };
  } catch (error) {
    await sql?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
