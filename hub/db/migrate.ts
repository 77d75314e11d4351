// SQL migrations: hub/migrations/NNN_name.sql applied in order, each in its own transaction with
// its name and SHA-256 recorded. An applied migration that was edited afterwards stops the hub.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log';
import type { Sql } from './sql';

const log = createLogger('migrate');

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export type Migration = { readonly name: string; readonly sql: string; readonly sha256: string };

export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, sha256: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies what is missing; returns the names applied now. */
export async function migrate(db: Sql, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    name text primary key, sha256 text not null, applied_at timestamptz not null default now())`);
  const applied = new Map((await db.query<{ name: string; sha256: string }>('select name, sha256 from schema_migrations')).map((r) => [r.name, r.sha256]));
  const done: string[] = [];
  for (const m of listMigrations(dir)) {
    const recorded = applied.get(m.name);
    if (recorded !== undefined) {
      if (recorded !== m.sha256) throw new Error(`migration ${m.name} was changed after it was applied (recorded ${recorded.slice(0, 12)}, file ${m.sha256.slice(0, 12)})`);
      continue;
    }
    await db.transaction(async (tx) => {
      // Two hubs starting on one PostgreSQL: the second waits, then finds the migration applied.
      if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock(7201507)');
      const again = await tx.query('select 1 from schema_migrations where name = $1', [m.name]);
      if (again.length > 0) return;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (name, sha256) values ($1, $2)', [m.name, m.sha256]);
      done.push(m.name);
    });
    log.info(`applied ${m.name}`);
  }
  return done;
}
