// What the UI calls for sync. Pure modules over XinpingDb and the sync database; no React.
export { SyncDb, SYNC_DB_NAME, type ConflictCopy, type ImportRecord, type Resolution, type SyncConflict, type SyncLogEntry, type SyncState, type SyncStatus } from './sync-db';
export { exportBundle, type ExportedBundle, type ExportOptions, type Sender } from './export';
export { importBundle, applyMerge, type ImportOptions, type MergeReport } from './merge';
export { planMerge, countDecisions, type MergePlan, type PlannedRecord, type DecisionCounts } from './plan';
export { decide, type Decision } from './decide';
export { listConflicts, resolveConflict, keptSheetId, type ConflictFilter } from './conflicts';
export { createHubClient, HubRequestError, type HubClient, type HubClientOptions, type SubmissionSummary } from './hub-client';
export { pushBundle, type PushOptions, type PushProgress, type PushResult } from './push';
export { queuePush, syncStatus, syncLog, formatBytes, type ProgressListener } from './outbox';
export { createOutboxRunner, type OutboxDeps, type OutboxRunner } from './outbox-runner';
export { pullBatch, pullResults, type PullReport } from './pull';
export { backoffMs, BACKOFF } from './backoff';
export { recentSyncLog } from './log';
