// The records the evaluation lifecycle keeps beside each dossier: first-review decisions, the
// supervisor's assessment, notice releases and corrections, certificates and their serial
// counters, and the local role profiles. renderer/db (v4) stores these shapes as they are.
import type { GradeReason } from '../grade-scale';
import type { ConsolidationRule, EvaluationType, Id, IsoDate, IsoInstant, Role } from '../model';
import type { NoticePeriod } from '../notice-period';
import type { LifecycleSnapshot } from './snapshot';

/** Who did something and when: the actor as audited, the write's instant. */
export type Stamp = { readonly by: string; readonly at: IsoInstant };

export type ScreeningItemCheck = {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly isRequired: boolean;
  readonly isPresent: boolean;
  readonly attachmentIds: readonly Id[];
};

/** One first-review (初审) event: a pass, a return with reasons, or the enterprise resubmitting. */
export type ScreeningRecord = Stamp & {
  readonly id: Id;
  readonly dossierId: Id;
  readonly batchId: Id;
  /** 1 for the dossier's first event, then 2, 3 …; the history sorts by it. */
  readonly round: number;
  readonly outcome: 'passed' | 'returned' | 'resubmitted';
  readonly checklistId: string;
  /** The checklist as ticked (empty for a resubmission); names are copied so history never changes. */
  readonly items: readonly ScreeningItemCheck[];
  readonly missingItemIds: readonly string[];
  readonly reasons: readonly string[];
  readonly note?: string;
};

export type FlaggedSpread = {
  readonly indicatorId: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly spread: number;
  readonly isNotApplicableDisagreement: boolean;
};

/** What consolidateSheets found, as kept with the assessment. */
export type ConsolidationSummary = {
  readonly rule: ConsolidationRule;
  readonly score: number;
  readonly threshold: number;
  readonly sheetTotals: readonly { readonly sheetId: Id; readonly reviewerId: string; readonly total: number }[];
  readonly flagged: readonly FlaggedSpread[];
  readonly triggeredVetoIds: readonly string[];
  readonly keyIndicatorsFull: boolean;
  readonly at: IsoInstant;
};

/** The score and grade put to the supervisor for approval. */
export type GradeProposal = {
  readonly score: number;
  /** null: a veto means "not rated"; such a dossier can only be excluded. */
  readonly grade: string | null;
  /** Grade from the score bands alone. */
  readonly scoreGrade: string;
  readonly reasons: readonly GradeReason[];
  readonly source: 'consolidation' | 'override';
};

export type AssessmentOverride = Stamp & { readonly score?: number; readonly grade?: string; readonly reason: string };

export type RescoreRequest = Stamp & { readonly reviewerId: string; readonly reason: string };

/** The supervisor's view of one dossier: consolidation, proposal, override, approval, exclusion. */
export type Assessment = {
  readonly dossierId: Id;
  readonly batchId: Id;
  readonly consolidation?: ConsolidationSummary;
  readonly proposal?: GradeProposal;
  readonly accepted?: Stamp;
  readonly override?: AssessmentOverride;
  readonly approval?: Stamp & { readonly grade: string; readonly score: number };
  /** Not listed in the notice, with the reason (withdrawn, not rated, …). */
  readonly exclusion?: Stamp & { readonly reason: string };
  readonly rescoreRequests: readonly RescoreRequest[];
  /** The grade that was under notice when the dossier was reopened (for batches with no stored release). */
  readonly noticeGrade?: string;
  readonly updatedAt: IsoInstant;
};

export type ReleaseKind = 'notice' | 'correction' | 'announcement';

/** One listed dossier as a release printed it. */
export type ReleaseEntry = {
  readonly dossierId: Id;
  readonly evaluationType: EvaluationType;
  readonly name: string;
  readonly grade: string;
  readonly certificateNumber?: string;
};

export type GradeCorrection = {
  readonly dossierId: Id;
  readonly evaluationType: EvaluationType;
  readonly name: string;
  readonly publishedGrade: string;
  /** null: the enterprise is no longer listed. */
  readonly newGrade: string | null;
};

/** 公示 / 更正公示 / 公告 as released: the period, the snapshot the document is made from, the rows. */
export type NoticeRelease = {
  readonly id: Id;
  readonly batchId: Id;
  readonly kind: ReleaseKind;
  /** 1, 2, 3 … per batch; unique, so two concurrent releases cannot both commit. */
  readonly revision: number;
  readonly period: NoticePeriod;
  readonly issuedOn: IsoDate;
  readonly snapshot: LifecycleSnapshot;
  readonly entries: readonly ReleaseEntry[];
  readonly corrections: readonly GradeCorrection[];
  readonly createdBy: string;
  readonly createdAt: IsoInstant;
};

/** A listed grade that changed after it was published: the batch needs a corrected notice. */
export type NoticeCorrection = GradeCorrection & {
  readonly id: Id;
  readonly batchId: Id;
  readonly flaggedBy: string;
  readonly flaggedAt: IsoInstant;
  /** The correction release that published it; absent while pending. */
  readonly resolvedInRevision?: number;
};

export type CertificateStatus = 'valid' | 'downgraded' | 'revoked';

export type CertificateEvent = Stamp & {
  readonly kind: 'issued' | 'downgraded' | 'revoked';
  readonly grade: string;
  readonly number: string;
  readonly on: IsoDate;
  readonly reason?: string;
};

export type Certificate = {
  /** cert-<year>-<association>-<serial>: the serial is the certificate's identity. */
  readonly id: Id;
  readonly number: string;
  readonly dossierId: Id;
  readonly batchId: Id;
  readonly enterpriseId: Id;
  readonly enterpriseName: string;
  readonly year: number;
  readonly associationNumber: string;
  readonly serial: number;
  readonly grade: string;
  readonly status: CertificateStatus;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  /** Annual reviews (年度复评) due on these dates. */
  readonly reviewDueDates: readonly IsoDate[];
  /** Every state the certificate has had, oldest first; the last is the current one. */
  readonly history: readonly CertificateEvent[];
  readonly updatedAt: IsoInstant;
};

export type SerialRange = { readonly from: number; readonly to: number };

/** Serial counter per (year, association). 'local': this workstation is the allocator; 'hub': it spends ranges the hub granted. */
export type CertificateCounter = {
  readonly id: string;
  readonly year: number;
  readonly associationNumber: string;
  readonly source: 'local' | 'hub';
  /** Last serial handed out here. */
  readonly lastSerial: number;
  /** Hub-granted serials not yet used, ascending. */
  readonly ranges: readonly SerialRange[];
  readonly updatedAt: IsoInstant;
};

export type KdfParams = {
  readonly algorithm: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly dkLen: number;
};

export type PassphraseHash = { readonly kdf: KdfParams; readonly salt: string; readonly hash: string };

/** A local sign-in profile; `id` is the name the person signs in with and the audited actor. */
export type Profile = {
  readonly id: string;
  readonly role: Role;
  readonly passphrase: PassphraseHash;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
};

export type PublicProfile = Omit<Profile, 'passphrase'>;
