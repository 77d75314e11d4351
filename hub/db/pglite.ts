// The embedded database: PostgreSQL compiled to WebAssembly, in one directory, one process.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createLogger } from '../log';
import type { Row, Sql, SqlParam, SqlQuery } from './sql';

const log = createLogger('pglite');

type Queryable = {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<unknown>;
};

function wrap(db: Queryable): SqlQuery {
  return {
    async query<T extends Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
      return (await db.query<T>(text, [...params])).rows;
    },
    async exec(text: string): Promise<void> {
      await db.exec(text);
    },
  };
}

export async function openPglite(dataDir: string): Promise<Sql> {
  mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  const db = await PGlite.create(dataDir);
  log.info(`opened ${dataDir} in ${Date.now() - started} ms`);
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
