// A hub for tests and benches: on a copy of the PGlite template, or on a fresh database of the
// PostgreSQL at PG_TEST_URL; loopback, ephemeral port, blobs in a temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { HubConfig } from '../config';
import { setQuiet } from '../log';
import { startHub, type RunningHub } from '../server';
import { freshDataDir } from './pglite-template';
import { seedTestTokens } from './test-tokens';

export type Backend = 'pglite' | 'postgres';

export type TestHub = RunningHub & { readonly dataDir: string; readonly backend: Backend; readonly databaseUrl?: string; stop(): Promise<void>; drop(): Promise<void> };

export function testConfig(dataDir: string, databaseUrl?: string): HubConfig {
  return { host: '127.0.0.1', port: 0, dataDir, blobDir: join(dataDir, 'blobs'), ...(databaseUrl ? { databaseUrl } : {}), maxBlobBytes: 64 * 1024 * 1024, isFsync: false };
}

/** The backends to run a suite on: PGlite always, PostgreSQL when PG_TEST_URL is set. */
export function testBackends(): Backend[] {
  return process.env.PG_TEST_URL ? ['pglite', 'postgres'] : ['pglite'];
}

async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `xinping_hub_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** A ready data directory (and, on PostgreSQL, a migrated database with the test tokens) for a hub process started by the test itself. */
export async function prepareBackend(backend: Backend): Promise<{ dataDir: string; databaseUrl?: string; cleanup(): Promise<void> }> {
  if (backend === 'pglite') {
    const dataDir = await freshDataDir();
    return { dataDir, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const hub = await startTestHub('postgres');
  await hub.close();
  const databaseUrl = hub.databaseUrl ?? '';
  return { dataDir: hub.dataDir, databaseUrl, cleanup: () => hub.drop() };
}

export async function startTestHub(backend: Backend = 'pglite'): Promise<TestHub> {
  setQuiet(true);
  if (backend === 'pglite') {
    const dataDir = await freshDataDir();
    const hub = await startHub(testConfig(dataDir));
    const drop = async (): Promise<void> => rmSync(dataDir, { recursive: true, force: true });
    return { ...hub, dataDir, backend, stop: async () => (await hub.close(), await drop()), drop };
  }
  const adminUrl = process.env.PG_TEST_URL;
  if (!adminUrl) throw new Error('PG_TEST_URL is not set');
  const db = await freshPostgres(adminUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'xinping-hub-pg-'));
  const hub = await startHub(testConfig(dataDir, db.url));
  await seedTestTokens(hub.sql);
  const drop = async (): Promise<void> => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    ...hub,
    dataDir,
    backend,
    databaseUrl: db.url,
    stop: async () => {
      await hub.close();
      await drop();
    },
    drop,
  };
}
