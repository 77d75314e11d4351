import { Dexie, type Table } from 'dexie';
import { createBulkDigest, type AuditDraft } from '../../shared/audit';
import { canonicalJson } from '../../shared/canonical';
import { userError, XinpingError } from '../../shared/errors';
import type { Role } from '../../shared/model';
import { auditSnapshot } from './audit';
import type { RecordTable, Rows } from './rows';
import type { XinpingDb } from './schema';

/** Who is writing; a session (renderer/features/session) is one. */
export type Actor = { readonly actor: string; readonly role: Role };

/** A change the log records, e.g. a workflow transition that spans several rows. */
export type AuditChange = {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
};

/**
 * What a write's function gets: table operations that also record the audit entry (default
 * action create / update / delete, or the one given). Reads may also go through `db` directly;
 * await only Dexie calls inside, as awaiting anything else lets IndexedDB commit early.
 */
export type WriteScope = {
  readonly db: XinpingDb;
  get<N extends RecordTable>(table: N, key: string): Promise<Rows[N] | undefined>;
  add<N extends RecordTable>(table: N, row: Rows[N], action?: string): Promise<void>;
  put<N extends RecordTable>(table: N, row: Rows[N], action?: string): Promise<void>;
  bulkPut<N extends RecordTable>(table: N, rows: readonly Rows[N][], action?: string): Promise<void>;
  update<N extends RecordTable>(table: N, key: string, changes: Partial<Rows[N]>, action?: string): Promise<Rows[N]>;
  remove<N extends RecordTable>(table: N, key: string, action?: string): Promise<void>;
  record(change: AuditChange): void;
  /**
   * Adds new records (an existing key is an error: nothing is overwritten or doubled) without an
   * audit entry each; recordBulk() must log them before the write ends, or the write fails.
   */
  createMany<N extends RecordTable>(table: N, rows: readonly (Rows[N] & { readonly id: string })[]): Promise<void>;
  /** ONE audit entry for everything createMany() added: the ids and a SHA-256 of the records. */
  recordBulk(change: BulkChange): void;
};

/** The entry that logs a bulk creation; `about` adds context (file, batch, …) to its `after`. */
export type BulkChange = {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly about?: Readonly<Record<string, unknown>>;
};

/** The scope write() drives: it also checks that no bulk creation went unlogged. */
export type OwnedScope = WriteScope & { readonly assertLogged: () => void };

// Local bookkeeping, not evaluation records: logging every column resize or retry is noise.
const UNAUDITED: ReadonlySet<RecordTable> = new Set<RecordTable>(['savedViews', 'outbox']);

export function createScope(db: XinpingDb, actor: Actor, at: string, drafts: AuditDraft[]): OwnedScope {
  const table = <N extends RecordTable>(name: N): Table<Rows[N], string> => db.table<Rows[N], string>(name);
  const keyOf = (name: RecordTable, row: unknown): string => {
    const keyPath = db.table(name).schema.primKey.keyPath ?? 'id';
    return String(Dexie.getByKeyPath(row as object, keyPath));
  };
  const record = (change: AuditChange): void => {
    drafts.push({ at, actor: actor.actor, role: actor.role, ...change, before: auditSnapshot(change.before), after: auditSnapshot(change.after) });
  };
  const log = (entity: RecordTable, action: string, entityId: string, before: unknown, after: unknown): void => {
    if (UNAUDITED.has(entity)) return;
    const change = { action, entity, entityId, before: auditSnapshot(before), after: auditSnapshot(after) };
    // A put that changes nothing (re-import, re-save) is not a change.
    if (before !== undefined && before !== null && canonicalJson(change.before) === canonicalJson(change.after)) return;
    record(change);
  };
  // Records added by createMany() and not yet logged, hashed as they are written.
  let unlogged = createBulkDigest();
  // A failed createMany() fails the whole write, even if its caller caught the error: the digest
  // already holds rows that may not all be stored.
  let failedBulk: unknown;

  return {
    db,
    get: (name, key) => table(name).get(key),
    async add(name, row, action = 'create') {
      await table(name).add(row);
      log(name, action, keyOf(name, row), null, row);
    },
    async put(name, row, action) {
      const key = keyOf(name, row);
      const before = await table(name).get(key);
      await table(name).put(row);
      log(name, action ?? (before ? 'update' : 'create'), key, before, row);
    },
    async bulkPut(name, rows, action) {
      const keys = rows.map((row) => keyOf(name, row));
      const befores = await table(name).bulkGet(keys);
      await table(name).bulkPut(rows);
      rows.forEach((row, i) => log(name, action ?? (befores[i] ? 'update' : 'create'), keys[i] ?? '', befores[i], row));
    },
    async update(name, key, changes, action = 'update') {
      const before = await table(name).get(key);
      if (!before) throw notFound(name, key);
      const after: Rows[typeof name] = { ...before, ...changes };
      await table(name).put(after);
      log(name, action, key, before, after);
      return after;
    },
    async remove(name, key, action = 'delete') {
      const before = await table(name).get(key);
      if (!before) return;
      await table(name).delete(key);
      log(name, action, key, before, null);
    },
    record,
    async createMany(name, rows) {
      const written = table(name).bulkAdd([...rows]);
      // Hashed while IndexedDB stores them.
      unlogged.add(name, rows);
      try {
        await written;
      } catch (error) {
        failedBulk ??= error;
        throw error;
      }
    },
    recordBulk({ about, ...change }) {
      // Pushed directly: the summary is already plain data (ids and a hash), no snapshot needed.
      drafts.push({ at, actor: actor.actor, role: actor.role, ...change, before: null, after: { ...about, ...unlogged.summary() } });
      unlogged = createBulkDigest();
    },
    assertLogged() {
      if (failedBulk !== undefined) throw failedBulk;
      if (!unlogged.isEmpty) throw new XinpingError(userError('db.bulk_unlogged', '批量写入的记录未记入审计日志，已撤销', 'Records written in bulk were not logged in the audit log; the write was undone'));
    },
  };
}

function notFound(table: RecordTable, key: string): XinpingError {
  return new XinpingError(
    userError('db.not_found', `找不到要修改的记录（${table} / ${key}）`, `The record to change was not found (${table} / ${key})`, { field: table, path: key }),
  );
}
