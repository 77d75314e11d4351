// The audit log: an append-only, hash-chained list of AuditEntry (shared/model.ts).
//
// Canonical form. An entry's `hash` is
//   sha256Hex(canonicalJson({ seq, at, actor, role, action, entity, entityId, before, after, prevHash }))
// — the entry without `hash`, serialised by shared/canonical.ts (keys sorted by UTF-16 code unit,
// no whitespace, `undefined` members dropped), hashed as UTF-8, written as 64 lower-case hex digits.
// `seq` starts at 1 and grows by exactly 1; entry 1's `prevHash` is GENESIS_HASH (64 zeros), every
// later entry's `prevHash` is the `hash` of the entry before it. Absent before/after values are `null`.
//
// What the chain proves: an edited, removed, reordered or inserted entry breaks it at that point.
// What it cannot prove alone: that entries were not cut off the end, or that the whole tail was
// rewritten and re-hashed; for that, compare with a head recorded elsewhere (e.g. a signed bundle).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, contentHash, sha256Hex } from './canonical';
import { userError, type UserError } from './errors';
import type { AuditEntry } from './model';

export const GENESIS_HASH = '0'.repeat(64);

/** The last link of a chain: where the next entry attaches. */
export type ChainHead = { readonly seq: number; readonly hash: string };

export const GENESIS_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** What a change contributes to the log; the chain adds seq, prevHash and hash. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, role, action, entity, entityId, before, after, prevHash } = entry;
  return sha256Hex(canonicalJson({ seq, at, actor, role, action, entity, entityId, before, after, prevHash }));
}

/** Links drafts onto the chain after `head`, in order. */
export function chainEntries(head: ChainHead, drafts: readonly AuditDraft[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = head;
  for (const draft of drafts) {
    const unhashed = { ...draft, before: draft.before ?? null, after: draft.after ?? null, seq: prev.seq + 1, prevHash: prev.hash };
    const entry: AuditEntry = { ...unhashed, hash: auditHash(unhashed) };
    entries.push(entry);
    prev = { seq: entry.seq, hash: entry.hash };
  }
  return entries;
}

export type AuditBreakKind = 'bad-seq' | 'removed' | 'reordered' | 'duplicate' | 'edited' | 'unlinked' | 'truncated';

export type AuditChainResult =
  | { readonly ok: true; readonly count: number; readonly head: ChainHead }
  | {
      readonly ok: false;
      /** The first entry found bad (for 'removed': the missing one). */
      readonly seq: number;
      /** Position in the list given to the verifier, from 0. */
      readonly index: number;
      readonly kind: AuditBreakKind;
      readonly error: UserError;
    };

export type VerifyOptions = {
  /** Verify a slice that continues from this head (default: the genesis). */
  readonly from?: ChainHead;
  /** The head recorded elsewhere; detects entries cut off the end. */
  readonly expectedHead?: ChainHead;
};

/** Walks the chain in the given order and reports the first entry that breaks it. */
export function verifyAuditChain(entries: readonly AuditEntry[], options: VerifyOptions = {}): AuditChainResult {
  const allSeqs = new Set(entries.map((e) => e.seq));
  const seen = new Set<number>();
  let prev = options.from ?? GENESIS_HEAD;
  for (const [index, entry] of entries.entries()) {
    const broken = findBreak(entry, prev, seen, allSeqs);
    if (broken) return { ok: false, index, ...broken, error: breakError(broken.kind, broken.seq, entry.seq, index) };
    seen.add(entry.seq);
    prev = { seq: entry.seq, hash: entry.hash };
  }
  const expected = options.expectedHead;
  if (expected && (expected.seq !== prev.seq || expected.hash !== prev.hash)) {
    const kind = 'truncated';
    return { ok: false, index: entries.length, seq: prev.seq + 1, kind, error: breakError(kind, prev.seq + 1, expected.seq, entries.length) };
  }
  return { ok: true, count: entries.length, head: prev };
}

type Break = { readonly kind: AuditBreakKind; readonly seq: number };

function findBreak(entry: AuditEntry, prev: ChainHead, seen: ReadonlySet<number>, allSeqs: ReadonlySet<number>): Break | undefined {
  const expected = prev.seq + 1;
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) return { kind: 'bad-seq', seq: expected };
  if (entry.seq !== expected) {
    if (seen.has(entry.seq)) return { kind: 'duplicate', seq: entry.seq };
    // The expected entry turning up later means it was moved, not lost.
    if (entry.seq > expected && !allSeqs.has(expected)) return { kind: 'removed', seq: expected };
    return { kind: 'reordered', seq: entry.seq };
  }
  if (auditHash(entry) !== entry.hash) return { kind: 'edited', seq: entry.seq };
  if (entry.prevHash !== prev.hash) return { kind: 'unlinked', seq: entry.seq };
  return undefined;
}

function breakError(kind: AuditBreakKind, seq: number, found: number, index: number): UserError {
  const at = { path: `audit[${index}]` };
  const position = index + 1;
  switch (kind) {
    case 'bad-seq':
      return userError('audit.bad_seq', `审计日志第 ${position} 位的序号无效`, `Audit log position ${position} has an invalid sequence number`, at);
    case 'removed':
      return userError('audit.removed', `审计日志缺少第 ${seq} 条记录（已被删除）`, `Audit log entry ${seq} is missing (it was removed)`, at);
    case 'reordered':
      return userError(
        'audit.reordered',
        `审计日志第 ${seq} 条记录出现在第 ${position} 位，顺序被调换`,
        `Audit log entry ${seq} appears at position ${position}: the entries were reordered`,
        at,
      );
    case 'duplicate':
      return userError('audit.duplicate', `审计日志第 ${seq} 条记录重复出现`, `Audit log entry ${seq} appears more than once`, at);
    case 'edited':
      return userError('audit.edited', `审计日志第 ${seq} 条记录与其哈希不符（内容被修改）`, `Audit log entry ${seq} does not match its hash (it was edited)`, at);
    case 'unlinked':
      return userError(
        'audit.unlinked',
        `审计日志第 ${seq} 条记录未接续上一条（上一条被改动，或此条为插入）`,
        `Audit log entry ${seq} does not chain to the entry before it (that entry was altered, or this one was inserted)`,
        at,
      );
    case 'truncated':
      return userError(
        'audit.truncated',
        `审计日志在第 ${seq - 1} 条结束，应至第 ${found} 条（末尾记录被删除或改动）`,
        `Audit log ends at entry ${seq - 1}, expected it to end at entry ${found} (entries were removed or altered at the end)`,
        at,
      );
  }
}

/** What one audit entry keeps of the records a bulk operation created (e.g. an import). */
export type BulkSummary = {
  readonly count: number;
  /** Per table, the created records' ids, in the order written. */
  readonly ids: Readonly<Record<string, readonly string[]>>;
  /** sha256Hex(canonicalJson({ table: records })): proves exactly which content was written. */
  readonly sha256: string;
};

type Keyed = { readonly id: string };

/** One entry's worth of a bulk write: the ids and a content hash instead of one entry per record. */
export function bulkSummary(records: Readonly<Record<string, readonly Keyed[]>>): BulkSummary {
  const digest = createBulkDigest();
  // Tables in canonical order, so the digest hashes as it goes.
  for (const table of Object.keys(records).sort()) digest.add(table, records[table] ?? []);
  return digest.summary();
}

export type BulkDigest = {
  /** Records of `table`, in the order written; a table may come in several calls. */
  add(table: string, rows: readonly Keyed[]): void;
  readonly isEmpty: boolean;
  /** The summary of everything added: equal to bulkSummary() of the same records. */
  summary(): BulkSummary;
};

/**
 * bulkSummary() computed while the records are written. While tables arrive in canonical order
 * (sorted, each table's calls together) every call hashes its rows at once, e.g. while IndexedDB
 * stores the chunk just handed to it; otherwise the rows are kept and hashed in summary(). Either
 * way the result is sha256Hex(canonicalJson(records)).
 */
export function createBulkDigest(): BulkDigest {
  const tables = new Map<string, Keyed[]>();
  let stream: ReturnType<typeof sha256.create> | undefined = sha256.create().update(utf8ToBytes('{'));
  let current: string | undefined;
  let isFirstRow = true;
  let done: BulkSummary | undefined;
  const feed = (text: string): void => void stream?.update(utf8ToBytes(text));
  return {
    add(table, rows) {
      if (done) throw new Error('createBulkDigest: add() after summary()');
      const list = tables.get(table) ?? [];
      if (stream && table !== current) {
        // A table before the current one, or back again after another: hash in summary() instead.
        if ((current !== undefined && table < current) || tables.has(table)) stream = undefined;
        else {
          feed(`${current === undefined ? '' : '],'}${JSON.stringify(table)}:[`);
          current = table;
          isFirstRow = true;
        }
      }
      tables.set(table, list);
      for (const row of rows) list.push(row);
      if (stream && rows.length > 0) {
        // canonicalJson of the array, without its brackets: the rows as they sit in the whole.
        feed(`${isFirstRow ? '' : ','}${canonicalJson(rows).slice(1, -1)}`);
        isFirstRow = false;
      }
    },
    get isEmpty() {
      return tables.size === 0;
    },
    summary() {
      if (done) return done;
      const ids: Record<string, readonly string[]> = {};
      let count = 0;
      for (const table of [...tables.keys()].sort()) {
        const rows = tables.get(table) ?? [];
        ids[table] = rows.map((row) => row.id);
        count += rows.length;
      }
      const sha = stream ? bytesToHex(stream.update(utf8ToBytes(current === undefined ? '}' : ']}')).digest()) : contentHash(Object.fromEntries(tables));
      done = { count, ids, sha256: sha };
      return done;
    },
  };
}

/** Whether `records` are exactly those a bulk entry summarised (same ids, same content). */
export function matchesBulkSummary(summary: BulkSummary, records: Readonly<Record<string, readonly Keyed[]>>): boolean {
  const fresh = bulkSummary(records);
  return fresh.sha256 === summary.sha256 && fresh.count === summary.count && canonicalJson(fresh.ids) === canonicalJson(summary.ids);
}
