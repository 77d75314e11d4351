import { DEFAULT_DB_NAME, XinpingDb } from './schema';

/** The app's database. Tests and benches construct their own XinpingDb under another name. */
export const db = new XinpingDb(DEFAULT_DB_NAME);

export { DEFAULT_DB_NAME, XinpingDb } from './schema';
export { declareVersions, LATEST_VERSION, versions, type VersionSpec } from './versions';
export * from './rows';
export { onWriteError, SYSTEM_ACTOR, write, type Actor, type AuditChange, type OperationLabel, type WriteFailure, type WriteOptions, type WriteScope } from './write';
export { auditTrail, verifyStoredAuditChain } from './audit';
export { putDossiers, putEnterprise } from './records';
export { ensureSampleData, SAMPLE_SEED_KEY } from './seed';
export {
  batchRegions,
  countByState,
  dossierPage,
  gradeDistribution,
  listBatches,
  type DossierPage,
  type DossierQuery,
  type DossierSortField,
  type GradeDistribution,
} from './queries';
