// The hub's database: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory.
import { join } from 'node:path';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Sql } from './sql';

export type DatabaseConfig = { readonly databaseUrl?: string; readonly dataDir: string };

export async function openDatabase(config: DatabaseConfig): Promise<Sql> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
  } catch (cause) {
    await db.close();
    throw cause;
  }
  return db;
}
