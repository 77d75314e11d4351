// Tests and benches need many fresh hub databases; initialising PGlite takes 15–90 s on a busy
// 2-core machine, copying an initialised one well under a second. The template is built once
// per machine (keyed by the PGlite version and the migrations) and copied for each hub.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listMigrations, migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { seedTestTokens } from './test-tokens';

const WAIT_MS = 600_000;

/** The installed PGlite's version (its package.json is not exported, so it is found on disk). */
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    }
  }
  return 'unknown';
}

function templateKey(): string {
  const hash = createHash('sha256').update(pgliteVersion());
  for (const m of listMigrations()) hash.update(m.name).update(m.sha256);
  hash.update(readFileSync(new URL('./test-tokens.ts', import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The directory holding an initialised, migrated PGlite data dir (pglite/) with test tokens. */
export async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `xinping-hub-template-${templateKey()}`);
  const ready = join(dir, 'READY');
  const lock = `${dir}.lock`;
  const started = Date.now();
  while (!existsSync(ready)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it; a lock older than the wait is from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > WAIT_MS) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > WAIT_MS) throw new Error(`timed out waiting for ${lock}`);
      await sleep(500);
      continue;
    }
    try {
      const building = `${dir}.building-${process.pid}`;
      rmSync(building, { recursive: true, force: true });
      const sql = await openPglite(join(building, 'pglite'));
      await migrate(sql);
      await seedTestTokens(sql);
      await sql.close();
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
      writeFileSync(ready, new Date().toISOString());
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/** A new hub data directory holding a copy of the template database. */
export async function freshDataDir(prefix = 'xinping-hub-'): Promise<string> {
  const template = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(template, 'pglite'), join(dir, 'pglite'), { recursive: true });
  return dir;
}
