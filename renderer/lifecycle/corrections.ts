// After 公示 starts, a listed grade that changes (an upheld objection re-graded it, or it was
// withdrawn) must be published again: the change is flagged as a pending correction until a
// corrected notice releases it. A grade that comes back to the published one needs no correction.
import type { Assessment, NoticeCorrection, NoticeRelease } from '../../shared/lifecycle/types';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import type { Actor, WriteScope } from '../db/write';
import { byText, type Clock } from './context';

/** Releases of a batch, by revision. */
export async function batchReleases(db: XinpingDb, batchId: string): Promise<NoticeRelease[]> {
  const rows = await db.noticeReleases.where('batchId').equals(batchId).toArray();
  return rows.sort((a, b) => a.revision - b.revision);
}

/** The latest 公示 or 更正公示 of a batch: what the public has seen. */
export async function latestNotice(db: XinpingDb, batchId: string): Promise<NoticeRelease | undefined> {
  return (await batchReleases(db, batchId)).filter((r) => r.kind !== 'announcement').at(-1);
}

/** Corrections flagged and not yet released, oldest first. */
export async function pendingCorrections(db: XinpingDb, batchId: string): Promise<NoticeCorrection[]> {
  const rows = await db.noticeCorrections.where('batchId').equals(batchId).toArray();
  return rows.filter((c) => c.resolvedInRevision === undefined).sort((a, b) => byText(a.flaggedAt, b.flaggedAt) || byText(a.name, b.name));
}

/** Flags (or withdraws) the correction for one dossier whose listed grade is now `newGrade` (null: unlisted). */
export async function flagCorrection(scope: WriteScope, clock: Clock, actor: Actor, row: DossierRow, assessment: Assessment | undefined, newGrade: string | null): Promise<NoticeCorrection | null> {
  const notice = await latestNotice(scope.db, row.batchId);
  const published = notice ? notice.entries.find((e) => e.dossierId === row.id)?.grade : assessment?.noticeGrade;
  if (published === undefined) return null;
  const pending = (await scope.db.noticeCorrections.where('dossierId').equals(row.id).toArray()).find((c) => c.resolvedInRevision === undefined);
  if (newGrade === published) {
    if (pending) await scope.remove('noticeCorrections', pending.id, 'notice.correction.withdraw');
    return null;
  }
  const correction: NoticeCorrection = {
    id: pending?.id ?? crypto.randomUUID(),
    batchId: row.batchId,
    dossierId: row.id,
    evaluationType: row.evaluationType,
    name: row.enterpriseName,
    publishedGrade: published,
    newGrade,
    flaggedBy: actor.actor,
    flaggedAt: clock.at,
  };
  await scope.put('noticeCorrections', correction, 'notice.correction.flag');
  return correction;
}
