// The lifecycle records of a batch that travel in a bundle (format version 2): first-review
// history, assessments, notice releases and corrections, certificates — for the dossiers included.
import type { Assessment, Certificate, NoticeCorrection, NoticeRelease, ScreeningRecord } from '../../shared/lifecycle/types';
import type { XinpingDb } from '../db/schema';

export const LIFECYCLE_TABLES = ['screenings', 'assessments', 'noticeReleases', 'noticeCorrections', 'certificates'] as const;

export type Lifecycle = {
  readonly screenings: readonly ScreeningRecord[];
  readonly assessments: readonly Assessment[];
  readonly noticeReleases: readonly NoticeRelease[];
  readonly noticeCorrections: readonly NoticeCorrection[];
  readonly certificates: readonly Certificate[];
};

/** Inside the caller's read transaction (which must include LIFECYCLE_TABLES). */
export async function collectLifecycle(db: XinpingDb, batchId: string, dossierIds: ReadonlySet<string>): Promise<Lifecycle> {
  const inBatch = <T extends { readonly dossierId: string }>(rows: readonly T[]): T[] => rows.filter((r) => dossierIds.has(r.dossierId));
  return {
    screenings: inBatch(await db.screenings.where('batchId').equals(batchId).toArray()),
    assessments: inBatch(await db.assessments.where('batchId').equals(batchId).toArray()),
    noticeReleases: await db.noticeReleases.where('batchId').equals(batchId).toArray(),
    noticeCorrections: inBatch(await db.noticeCorrections.where('batchId').equals(batchId).toArray()),
    certificates: inBatch(await db.certificates.where('batchId').equals(batchId).toArray()),
  };
}

/** [entity, id] pairs of the audit entries that belong with these records. */
export function lifecycleAuditKeys(lifecycle: Lifecycle | undefined): string[][] {
  if (!lifecycle) return [];
  return [
    ...lifecycle.screenings.map((r) => ['screenings', r.id]),
    ...lifecycle.assessments.map((r) => ['assessments', r.dossierId]),
    ...lifecycle.noticeReleases.map((r) => ['noticeReleases', r.id]),
    ...lifecycle.noticeCorrections.map((r) => ['noticeCorrections', r.id]),
    ...lifecycle.certificates.map((r) => ['certificates', r.id]),
  ];
}
