// The shapes stored in IndexedDB. Mostly the shared records as they are; where the UI must
// filter, sort or search across a batch, fields are denormalised onto the row so one compound
// index answers the query without loading other tables.

import type {
  AttachmentMeta,
  AuditEntry,
  Batch,
  Dossier,
  Enterprise,
  Id,
  IsoInstant,
  Objection,
  ScoreSheet,
  Setting,
  StoredDocument,
} from '../../shared/model';
import type { Checklist } from '../../shared/checklist';
import type { GradeScale } from '../../shared/grade-scale';

/** A dossier plus its enterprise's name, code, region and industry (kept in step on write). */
export type DossierRow = Dossier & {
  readonly enterpriseName: string;
  readonly creditCode: string;
  readonly region: string;
  readonly industry: string;
};

export type AttachmentRow = AttachmentMeta & { readonly blob: Blob };

/** Stored as parsed (defaults filled in), so checklistHash(row) is the hash score sheets pin. */
export type ChecklistRow = Checklist;

export type GradeScaleRow = GradeScale;

/** A signing identity: non-extractable WebCrypto keys plus the imported certificate, if any. */
export type KeyRecord = {
  readonly id: Id;
  readonly label: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** X.509 certificate, DER. */
  readonly certificateDer?: Uint8Array;
  /** Issuer chain, leaf's issuer first, DER. */
  readonly chainDer?: readonly Uint8Array[];
  readonly createdAt: IsoInstant;
};

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A named table layout (columns, filters, sort) the user saved for a batch. */
export type SavedView = {
  readonly id: Id;
  readonly batchId: Id;
  readonly name: string;
  readonly state: JsonValue;
  readonly updatedAt: IsoInstant;
};

export type OutboxKind = 'push-batch' | 'push-documents';

/** Work waiting for the network: retried with back-off until it succeeds. */
export type OutboxItem = {
  readonly id: Id;
  readonly batchId: Id;
  readonly kind: OutboxKind;
  readonly createdAt: IsoInstant;
  readonly attempts: number;
  readonly nextAttemptAt: IsoInstant;
  readonly lastError?: string;
};

/** Every table the app writes through renderer/db/write.ts, and its row type. */
export type Rows = {
  readonly enterprises: Enterprise;
  readonly batches: Batch;
  readonly dossiers: DossierRow;
  readonly checklists: ChecklistRow;
  readonly gradeScales: GradeScaleRow;
  readonly scoreSheets: ScoreSheet;
  readonly objections: Objection;
  readonly documents: StoredDocument;
  readonly attachments: AttachmentRow;
  readonly settings: Setting;
  readonly keys: KeyRecord;
  readonly savedViews: SavedView;
  readonly outbox: OutboxItem;
};

export type RecordTable = keyof Rows;

export type TableName = RecordTable | 'audit';

export type AuditRow = AuditEntry;

export const RECORD_TABLES = [
  'enterprises',
  'batches',
  'dossiers',
  'checklists',
  'gradeScales',
  'scoreSheets',
  'objections',
  'documents',
  'attachments',
  'settings',
  'keys',
  'savedViews',
  'outbox',
] as const satisfies readonly RecordTable[];

/** The row stored for a dossier of this enterprise. */
export function toDossierRow(dossier: Dossier, enterprise: Enterprise): DossierRow {
  return {
    ...dossier,
    enterpriseName: enterprise.name,
    creditCode: enterprise.creditCode,
    region: enterprise.region,
    industry: enterprise.industry,
  };
}

/** The shared Dossier inside a row (for bundles and domain functions). */
export function fromDossierRow(row: DossierRow): Dossier {
  const { enterpriseName: _name, creditCode: _code, region: _region, industry: _industry, ...dossier } = row;
  return dossier;
}
