// The bundle's fixed names and the reader's default limits. Spec: docs/bundle-format.md.

export const BUNDLE_FORMAT = 'xinping-bundle';
/** 2 added the lifecycle tables (first review, assessments, notice releases and corrections, certificates). */
export const BUNDLE_VERSION = 2;
export const SUPPORTED_VERSIONS: readonly number[] = [1, BUNDLE_VERSION];

export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'signature.json';
export const FILE_PREFIX = 'files/';

/** One JSON array per record table, under records/. */
export const RECORD_ENTRIES = {
  batches: 'records/batches.json',
  enterprises: 'records/enterprises.json',
  dossiers: 'records/dossiers.json',
  scoreSheets: 'records/score-sheets.json',
  objections: 'records/objections.json',
  attachments: 'records/attachments.json',
  documents: 'records/documents.json',
  checklists: 'records/checklists.json',
  gradeScales: 'records/grade-scales.json',
  screenings: 'records/screenings.json',
  assessments: 'records/assessments.json',
  noticeReleases: 'records/notice-releases.json',
  noticeCorrections: 'records/notice-corrections.json',
  certificates: 'records/certificates.json',
  audit: 'records/audit.json',
  lineage: 'records/lineage.json',
} as const;

export type RecordTableName = keyof typeof RECORD_ENTRIES;

/** Tables whose records merge by version (lineage); audit and lineage themselves do not. */
export const SYNCED_TABLES = [
  'batches',
  'enterprises',
  'dossiers',
  'scoreSheets',
  'objections',
  'attachments',
  'documents',
  'checklists',
  'gradeScales',
  'screenings',
  'assessments',
  'noticeReleases',
  'noticeCorrections',
  'certificates',
] as const;

/** Record tables a version-1 bundle cannot hold. */
export const VERSION_2_TABLES: readonly RecordTableName[] = ['screenings', 'assessments', 'noticeReleases', 'noticeCorrections', 'certificates'];

export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const RECORD_TABLE_NAMES = Object.keys(RECORD_ENTRIES) as readonly RecordTableName[];

export const RECORD_ENTRY_NAMES: ReadonlySet<string> = new Set(Object.values(RECORD_ENTRIES));

export function fileEntryName(sha256: string): string {
  return `${FILE_PREFIX}${sha256}`;
}

export type ReadLimits = {
  /** The zip itself. */
  readonly maxBundleBytes: number;
  /** Sum of every entry once inflated. */
  readonly maxTotalBytes: number;
  readonly maxEntryBytes: number;
  readonly maxManifestBytes: number;
  readonly maxEntries: number;
  /** Inflated / compressed, checked for entries larger than ratioFloorBytes. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
};

export const DEFAULT_LIMITS: ReadLimits = {
  maxBundleBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
  maxEntries: 200_000,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
