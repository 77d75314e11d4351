import type { Table } from 'dexie';
import { chainEntries, GENESIS_HEAD, verifyAuditChain, type AuditChainResult, type AuditDraft, type ChainHead } from '../../shared/audit';
import { sha256Hex } from '../../shared/canonical';
import type { AuditEntry } from '../../shared/model';
import type { XinpingDb } from './schema';

/**
 * Appends drafts to the chain. Call only inside a rw transaction that includes `audit`:
 * IndexedDB runs such transactions one at a time, so the last seq read here is still last.
 */
export async function appendAudit(audit: Table<AuditEntry, number>, drafts: readonly AuditDraft[]): Promise<readonly AuditEntry[]> {
  if (drafts.length === 0) return [];
  const head = await chainHead(audit);
  const entries = chainEntries(head, drafts);
  await audit.bulkAdd(entries);
  return entries;
}

export async function chainHead(audit: Table<AuditEntry, number>): Promise<ChainHead> {
  const last = await audit.toCollection().last();
  return last ? { seq: last.seq, hash: last.hash } : GENESIS_HEAD;
}

/** Verifies the whole stored chain, in seq order. */
export async function verifyStoredAuditChain(db: XinpingDb, expectedHead?: ChainHead): Promise<AuditChainResult> {
  const entries = await db.audit.orderBy('seq').toArray();
  return verifyAuditChain(entries, expectedHead ? { expectedHead } : {});
}

/** The history of one record, oldest first. */
export async function auditTrail(db: XinpingDb, entity: string, entityId: string): Promise<AuditEntry[]> {
  return db.audit.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
}

/**
 * What the log keeps of a value: the value itself, except that bytes, blobs and keys are
 * described (size, hash, type) rather than copied — the log must stay small and hold no secrets.
 */
export function auditSnapshot(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return { bytes: value.byteLength, sha256: sha256Hex(value) };
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return { bytes: value.byteLength };
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { blob: value.size, type: value.type };
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
    return { cryptoKey: value.type, algorithm: value.algorithm.name, isExtractable: value.extractable };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = auditSnapshot(member);
  }
  return out;
}
