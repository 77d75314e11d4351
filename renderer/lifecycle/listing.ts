// Who a release lists and the snapshot it prints: the batch's dossiers that are not excluded,
// in the given states and with a grade, with their enterprises' names and credit codes.
import { isExcluded } from '../../shared/lifecycle/assessment';
import { buildSnapshot, type LifecycleSnapshot, type ListedDossier } from '../../shared/lifecycle/snapshot';
import type { Assessment, NoticeRelease, ReleaseEntry, ReleaseKind } from '../../shared/lifecycle/types';
import type { Batch, DossierState, IsoDate } from '../../shared/model';
import type { NoticePeriod } from '../../shared/notice-period';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import type { Actor, WriteScope } from '../db/write';
import { loadScale, type Clock } from './context';

export type Listing = { readonly rows: readonly DossierRow[]; readonly listed: readonly ListedDossier[] };

export async function listing(db: XinpingDb, rows: readonly DossierRow[], assessments: ReadonlyMap<string, Assessment>, states: ReadonlySet<DossierState>): Promise<Listing> {
  const chosen = rows.filter((r) => states.has(r.state) && !isExcluded(assessments.get(r.id)) && r.grade !== undefined);
  const enterprises = await db.enterprises.bulkGet(chosen.map((r) => r.enterpriseId));
  const listed = chosen.map((r, i): ListedDossier => ({
    dossierId: r.id,
    evaluationType: r.evaluationType,
    name: r.enterpriseName,
    grade: r.grade ?? '',
    creditCode: r.creditCode,
    ...(enterprises[i]?.isSampleCode ? { isSampleCode: true } : {}),
    ...(r.certificateNumber ? { certificateNumber: r.certificateNumber } : {}),
  }));
  return { rows: chosen, listed };
}

export type SnapshotRequest = {
  readonly batch: Batch;
  readonly period: NoticePeriod;
  readonly issuedOn: IsoDate;
  readonly listed: readonly ListedDossier[];
  readonly isCreditCodeShown?: boolean;
  readonly objections?: { readonly received: number; readonly upheld: number };
};

export async function snapshotFor(db: XinpingDb, request: SnapshotRequest): Promise<{ readonly snapshot: LifecycleSnapshot; readonly entries: readonly ReleaseEntry[] }> {
  const scale = await loadScale(db, request.batch);
  return buildSnapshot({ ...request, scale });
}

export type ReleaseDraft = Pick<NoticeRelease, 'kind' | 'period' | 'issuedOn' | 'snapshot' | 'entries' | 'corrections'>;

/** Stores a release under the batch's next revision (unique: a concurrent release fails, not forks). */
export async function addRelease(scope: WriteScope, clock: Clock, actor: Actor, batchId: string, draft: ReleaseDraft, action: string): Promise<NoticeRelease> {
  const revision = (await scope.db.noticeReleases.where('batchId').equals(batchId).count()) + 1;
  const release: NoticeRelease = { id: crypto.randomUUID(), batchId, revision, ...draft, createdBy: actor.actor, createdAt: clock.at };
  await scope.add('noticeReleases', release, action);
  return release;
}

export const RELEASE_ACTIONS: Readonly<Record<ReleaseKind, string>> = {
  notice: 'notice.release',
  correction: 'notice.correction.release',
  announcement: 'announcement.release',
};
