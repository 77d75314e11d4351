// The records Xinping keeps. Pure types: the Dexie schema (renderer/db), bundles and the hub
// all store these shapes. Ids are strings (crypto.randomUUID() or content hashes); dates are
// ISO strings (`YYYY-MM-DD` for calendar dates, full ISO for instants).

export type Id = string;
export type IsoDate = string;
export type IsoInstant = string;

export type Role = 'reviewer' | 'staff' | 'supervisor';

export type EvaluationType = 'enterprise' | 'quality';

/** 申报 → 初审 (passed / returned) → 测评 → 初评 → 公示 → 异议 → 终评 → 归档 */
export type DossierState =
  | 'applied'
  | 'returned'
  | 'screened'
  | 'scoring'
  | 'initial_grade'
  | 'notice'
  | 'objection'
  | 'final'
  | 'archived';

export type NoticeDayType = 'calendar' | 'working';

export type ConsolidationRule = 'mean' | 'median' | 'trimmed_mean';

export type CreditCodeOverride = {
  readonly reason: string;
  readonly by: string;
  readonly at: IsoInstant;
};

export type Enterprise = {
  readonly id: Id;
  readonly name: string;
  /** Normalised GB 32100-2015 code. */
  readonly creditCode: string;
  /** Present when a checksum warning was overridden. */
  readonly creditCodeOverride?: CreditCodeOverride;
  /** Made-up code in sample data. */
  readonly isSampleCode?: boolean;
  readonly region: string;
  readonly industry: string;
  readonly contactName?: string;
  readonly contactPhone?: string;
};

export type Batch = {
  readonly id: Id;
  readonly title: string;
  readonly associationName: string;
  /** 3-digit association number used in certificate numbers. */
  readonly associationNumber: string;
  readonly year: number;
  readonly evaluationTypes: readonly EvaluationType[];
  readonly checklistId: Id;
  readonly gradeScaleId: Id;
  readonly noticeDays: number;
  readonly noticeDayType: NoticeDayType;
  readonly noticeStart?: IsoDate;
  readonly consolidation: ConsolidationRule;
  readonly spreadThreshold: number;
  readonly status: 'open' | 'notice' | 'final' | 'archived';
  /** Free text shown with the batch, e.g. that it is sample data. */
  readonly note?: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
};

export type Dossier = {
  readonly id: Id;
  readonly batchId: Id;
  readonly enterpriseId: Id;
  readonly evaluationType: EvaluationType;
  readonly state: DossierState;
  readonly reviewerIds: readonly string[];
  /** Consolidated score, 0–100, one decimal. */
  readonly score?: number;
  /** Approved or published grade label, e.g. "AAA★", "A+". */
  readonly grade?: string;
  readonly certificateNumber?: string;
  readonly updatedAt: IsoInstant;
};

export type IndicatorScore = {
  readonly indicatorId: Id;
  /** Raw score on the indicator's own scale; null = not yet scored. */
  readonly score: number | null;
  readonly isNotApplicable?: boolean;
  readonly comment?: string;
  readonly evidenceIds?: readonly Id[];
};

export type ScoreSheet = {
  readonly id: Id;
  readonly dossierId: Id;
  readonly reviewerId: string;
  readonly checklistHash: string;
  readonly scores: readonly IndicatorScore[];
  /** Veto / cap flags the reviewer raised (ids of checklist veto items). */
  readonly triggeredVetoIds: readonly Id[];
  readonly status: 'draft' | 'submitted';
  readonly submittedAt?: IsoInstant;
  readonly updatedAt: IsoInstant;
};

export type Objection = {
  readonly id: Id;
  readonly batchId: Id;
  readonly dossierId: Id;
  readonly raisedBy: string;
  readonly contact: string;
  readonly grounds: string;
  readonly receivedOn: IsoDate;
  readonly evidenceIds: readonly Id[];
  readonly outcome?: 'upheld' | 'rejected';
  readonly handling?: string;
  readonly handledAt?: IsoInstant;
};

/** Attachment metadata; the bytes live beside it as a Blob in renderer/db. */
export type AttachmentMeta = {
  readonly id: Id;
  readonly dossierId: Id;
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly sha256: string;
  readonly addedAt: IsoInstant;
};

export type DocumentKind = 'notice' | 'announcement' | 'result_table' | 'result_letter';

export type StoredDocument = {
  readonly id: Id;
  readonly batchId: Id;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
  readonly snapshot: unknown;
  readonly createdAt: IsoInstant;
};

export type AuditEntry = {
  /** Position in the chain, from 1. */
  readonly seq: number;
  readonly at: IsoInstant;
  readonly actor: string;
  readonly role: Role;
  readonly action: string;
  readonly entity: string;
  readonly entityId: Id;
  readonly before: unknown;
  readonly after: unknown;
  readonly prevHash: string;
  readonly hash: string;
};

export type Setting = {
  readonly key: string;
  readonly value: unknown;
};
