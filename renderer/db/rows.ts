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
import type {
  Assessment,
  Certificate,
  CertificateCounter,
  NoticeCorrection,
  NoticeRelease,
  Profile,
  ScreeningRecord,
} from '../../shared/lifecycle/types';

/** A dossier plus its enterprise's name, code, region and industry (kept in step on write). */
export type DossierRow = Dossier & {
  readonly enterpriseName: string;
  readonly creditCode: string;
  readonly region: string;
  readonly industry: string;
  /** The enterprise's credit code was accepted over a checksum warning (creditCodeOverride). */
  readonly isCreditCodeOverridden?: boolean;
  /** The enterprise's credit code is made up (sample or bench data). */
  readonly isSampleCode?: boolean;
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
  /** The PKCS#10 request made with a generated key, DER, kept so it can be downloaded again. */
  readonly requestDer?: Uint8Array;
  /** Made on this workstation, or imported from a PKCS#12 file (absent on records from before). */
  readonly source?: 'generated' | 'pkcs12';
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
  // v4: the evaluation lifecycle (shared/lifecycle/types.ts)
  readonly screenings: ScreeningRecord;
  readonly assessments: Assessment;
  readonly noticeReleases: NoticeRelease;
  readonly noticeCorrections: NoticeCorrection;
  readonly certificates: Certificate;
  readonly certificateCounters: CertificateCounter;
  /** Local sign-in profiles: never synced or bundled; written with the passphrase hash left out of the audit log. */
  readonly profiles: Profile;
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
  'screenings',
  'assessments',
  'noticeReleases',
  'noticeCorrections',
  'certificates',
  'certificateCounters',
  'profiles',
] as const satisfies readonly RecordTable[];

/** The row stored for a dossier of this enterprise. */
export function toDossierRow(dossier: Dossier, enterprise: Enterprise): DossierRow {
  // A row passed back in may carry stale flags: they are recomputed from the enterprise.
  const flagged: Dossier & Partial<Pick<DossierRow, 'isCreditCodeOverridden' | 'isSampleCode'>> = dossier;
  const { isCreditCodeOverridden: _overridden, isSampleCode: _sample, ...rest } = flagged;
  return {
    ...rest,
    enterpriseName: enterprise.name,
    creditCode: enterprise.creditCode,
    region: enterprise.region,
    industry: enterprise.industry,
    // Flags only when set, so rows of ordinary enterprises keep their exact shape.
    ...(enterprise.creditCodeOverride === undefined ? {} : { isCreditCodeOverridden: true }),
    ...(enterprise.isSampleCode === true ? { isSampleCode: true } : {}),
  };
}

/** The shared Dossier inside a row (for bundles and domain functions). */
export function fromDossierRow(row: DossierRow): Dossier {
  const { enterpriseName: _name, creditCode: _code, region: _region, industry: _industry, isCreditCodeOverridden: _overridden, isSampleCode: _sample, ...dossier } = row;
  return dossier;
}
