// Sync bookkeeping, kept apart from the records in its own small IndexedDB ("xinping-sync")
// until the lead folds these tables into renderer/db as a Dexie version (spec in docs/bundle-format.md).
// None of this is an evaluation record: losing it can only cause extra conflicts, never lost data.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { SyncedTable } from '../../shared/bundle/format';
import type { SignedReceipt } from '../../shared/bundle/receipt';
import type { IsoInstant } from '../../shared/model';

export const SYNC_DB_NAME = 'xinping-sync';

/** The version of a record this workstation last sent or received: the merge base. */
export type SyncBase = {
  readonly table: SyncedTable;
  readonly id: string;
  readonly hash: string;
  readonly at: IsoInstant;
  /** The base this version was built on: sent again unchanged, the record still names it as its parent. */
  readonly parent?: string;
};

export type Resolution = 'mine' | 'theirs' | 'both';

/** A record changed here and there since the last common version. */
export type SyncConflict = {
  /** `${table}/${recordId}/${theirHash}`: the same incoming version never makes two conflicts. */
  readonly id: string;
  readonly batchId: string;
  readonly table: SyncedTable;
  readonly recordId: string;
  /** Null when the record was deleted here. */
  readonly mine: unknown;
  readonly mineHash: string | null;
  readonly theirs: unknown;
  readonly theirHash: string;
  /** The bytes of an incoming attachment or document, so "take theirs" can still be chosen later. */
  readonly theirFile?: Uint8Array;
  readonly baseHash: string | null;
  readonly bundleId: string;
  readonly from: string;
  readonly detectedAt: IsoInstant;
  readonly status: 'open' | 'resolved';
  readonly resolution?: Resolution;
  readonly resolvedBy?: string;
  readonly resolvedAt?: IsoInstant;
};

/** "Keep both" for a record that cannot exist twice: theirs, kept beside mine. */
export type ConflictCopy = {
  readonly id: string;
  readonly table: SyncedTable;
  readonly recordId: string;
  readonly record: unknown;
  readonly hash: string;
  readonly from: string;
  readonly storedAt: IsoInstant;
};

/** Audit entries from another workstation's chain, kept as received (they cannot join ours). */
export type RemoteAuditEntry = { readonly id: string; readonly origin: string; readonly seq: number; readonly entry: unknown; readonly bundleId: string };

/** A signed bundle waiting in the outbox: built once, so every retry pushes the same submission. */
export type PendingPush = {
  readonly outboxId: string;
  readonly batchId: string;
  readonly bundleId: string;
  readonly manifestHash: string;
  readonly bytes: Uint8Array;
  readonly createdAt: IsoInstant;
};

/** failed: the hub refused (not a network problem); it waits for the user to retry. */
export type SyncState = 'idle' | 'queued' | 'pushing' | 'waiting-retry' | 'failed' | 'synced';

export type SyncStatus = {
  readonly batchId: string;
  readonly state: SyncState;
  readonly sentBytes: number;
  readonly totalBytes: number;
  readonly updatedAt: IsoInstant;
  readonly lastReceipt?: SignedReceipt;
  readonly lastSyncedAt?: IsoInstant;
  readonly nextAttemptAt?: IsoInstant;
  /** Hub submissions up to this sequence number were pulled (supervisor side). */
  readonly pulledSeq?: number;
  /** The last problem, in words. */
  readonly problem?: { readonly zh: string; readonly en: string };
};

export type SyncLogEntry = {
  readonly seq?: number;
  readonly batchId: string;
  readonly at: IsoInstant;
  readonly level: 'info' | 'error';
  readonly zh: string;
  readonly en: string;
};

/** One imported bundle, for the history shown to the user. */
export type ImportRecord = {
  readonly bundleId: string;
  readonly manifestHash: string;
  readonly batchId: string;
  readonly from: string;
  readonly fingerprint: string;
  readonly importedAt: IsoInstant;
  readonly summary: { readonly zh: string; readonly en: string };
};

/** This workstation's sync settings: the hub (its token never enters the audited database) and the bundle-signing key. */
export type SyncSetting =
  | { readonly key: 'hub'; readonly url: string; readonly token: string; readonly fingerprint: string; readonly user: string; readonly role: string; readonly savedAt: IsoInstant }
  | { readonly key: 'signing-key'; readonly privateKey: CryptoKey; readonly publicKey: CryptoKey; readonly createdAt: IsoInstant };

export class SyncDb extends Dexie {
  declare bases: Table<SyncBase, [string, string]>;
  declare conflicts: Table<SyncConflict, string>;
  declare conflictCopies: Table<ConflictCopy, string>;
  declare remoteAudit: Table<RemoteAuditEntry, string>;
  declare pending: Table<PendingPush, string>;
  declare status: Table<SyncStatus, string>;
  declare log: Table<SyncLogEntry, number>;
  declare imports: Table<ImportRecord, string>;
  declare settings: Table<SyncSetting, string>;

  constructor(name: string = SYNC_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SYNC_STORES_V1);
    // v2: hub settings and the signing key, kept here so the token never lands in the audit log.
    this.version(2).stores(SYNC_STORES);
  }
}

const SYNC_STORES_V1 = {
  bases: '[table+id]',
  conflicts: 'id, batchId, status, [table+recordId]',
  conflictCopies: 'id, [table+recordId]',
  remoteAudit: 'id, origin',
  pending: 'outboxId, batchId',
  status: 'batchId',
  log: '++seq, batchId, at',
  imports: 'bundleId, batchId',
} as const;

export const SYNC_STORES = { ...SYNC_STORES_V1, settings: 'key' } as const;
