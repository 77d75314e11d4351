// The evaluation lifecycle over the database: every action goes through write(), so it is
// role-checked and audited in its own transaction. The UI calls these; shared/lifecycle holds the rules.
export type { LifecycleOptions } from './context';
export { passScreening, returnScreening, resubmitDossier, screeningHistory, type PassInput, type ReturnInput, type ScreeningOptions } from './screening';
export { assignReviewers, reviewerQueue, type AssignInput, type QueueItem, type SheetStatus } from './assignment';
export { acceptConsolidation, assessmentFor, overrideAssessment, previewConsolidation, requestRescore, type ConsolidationPreview, type OverrideInput, type RescoreInput } from './scoring';
export { approveGrades, excludeDossier, noticeBlockers, reinstateDossier } from './approval';
export { currentNoticePeriod, issueCorrectedNotice, noticeReleases, pendingCorrections, previewCorrectedNotice, startNotice, type CorrectionInput, type CorrectionResult, type NoticeInput, type NoticeResult } from './notice';
export { objectionsFor, recordObjection, rejectObjection, upholdObjection, type ObjectionInput } from './objections';
export { finalBlockers, finaliseBatch, type FinalInput, type FinalResult } from './final';
export { addHubSerialRange, certificateCounter, certificateForDossier, certificatesFor, downgradeCertificate, findCertificate, revokeCertificate, setCertificateCounter, type ChangeInput, type CounterKey } from './certificates';
export { auditEntries, auditExport, auditExportRows, type AuditQuery } from './audit-view';
export { changePassphrase, createProfile, hasProfiles, listProfiles, resetPassphrase, setupProfiles, signIn, type NewProfile, type ProfileOptions } from './profiles';
