// 公示: the supervisor picks the start date; the end follows from the batch's noticeDays and
// noticeDayType. Starting stores the period and the release, and returns the snapshot the notice
// PDF is made from (renderer/pdf). A changed grade is published by a corrected notice.
import { userError } from '../../shared/errors';
import { findNoticeBlockers, noticeGateError } from '../../shared/lifecycle/gates';
import { nameList } from '../../shared/lifecycle/labels';
import type { LifecycleSnapshot } from '../../shared/lifecycle/snapshot';
import type { GradeCorrection, NoticeRelease } from '../../shared/lifecycle/types';
import type { Batch, DossierState, IsoDate } from '../../shared/model';
import { noticePeriod, noticePeriodForBatch, type NoticePeriod } from '../../shared/notice-period';
import { OPERATIONS } from '../../shared/operations';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { batchAssessments, batchDossiers, clockOf, dateOrFail, fail, loadBatch, moved, putDossier, type LifecycleOptions } from './context';
import { latestNotice, pendingCorrections } from './corrections';
import { addRelease, listing, RELEASE_ACTIONS, snapshotFor } from './listing';

export type NoticeInput = {
  readonly start: IsoDate;
  /** Date printed on the notice; default: the start date. */
  readonly issuedOn?: IsoDate;
  /** Print 统一社会信用代码 (default true; sample codes never). */
  readonly isCreditCodeShown?: boolean;
};

export type NoticeResult = { readonly release: NoticeRelease; readonly period: NoticePeriod; readonly snapshot: LifecycleSnapshot };

const LISTED_IN_NOTICE: ReadonlySet<DossierState> = new Set(['notice', 'objection']);

function periodOrFail(start: IsoDate, batch: Pick<Batch, 'noticeDays' | 'noticeDayType'>): NoticePeriod {
  const period = noticePeriod(start, batch.noticeDays, batch.noticeDayType);
  return period.ok ? period.value : fail(period.error);
}

/** Enters 公示: refused while any dossier has neither an approved grade nor an exclusion (they are named). */
export function startNotice(db: XinpingDb, actor: Actor, batchId: string, input: NoticeInput, options: LifecycleOptions = {}): Promise<NoticeResult> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.startNotice, async (scope) => {
    const batch = await loadBatch(scope.db, batchId);
    if (batch.status !== 'open') fail(userError('notice.batch_not_open', `「${batch.title}」已开始公示或已终评`, `${batch.title} is already in notice or final`, { field: 'status', path: batch.id }));
    const [rows, assessments] = [await batchDossiers(scope.db, batchId), await batchAssessments(scope.db, batchId)];
    const blockers = findNoticeBlockers(rows, assessments);
    if (blockers.length > 0) fail(noticeGateError(batch.title, blockers));
    const period = periodOrFail(input.start, batch);
    const issuedOn = dateOrFail(input.issuedOn ?? input.start, 'issuedOn');
    const { rows: chosen, listed } = await listing(scope.db, rows, assessments, new Set(['initial_grade']));
    if (listed.length === 0) fail(userError('notice.empty', `「${batch.title}」没有可公示的企业`, `${batch.title} has no enterprise to list`, { path: batch.id }));
    for (const row of chosen) await putDossier(scope, moved(row, 'notice', { approvedGrade: row.grade }, clock.at), 'dossier.notice');
    await scope.put('batches', { ...batch, noticeStart: input.start, status: 'notice', updatedAt: clock.at }, 'batch.notice.start');
    const { snapshot, entries } = await snapshotFor(scope.db, { batch, period, issuedOn, listed, ...opt(input.isCreditCodeShown) });
    const release = await addRelease(scope, clock, actor, batchId, { kind: 'notice', period, issuedOn, snapshot, entries, corrections: [] }, RELEASE_ACTIONS.notice);
    return { release, period, snapshot };
  }, clock.write);
}

function opt(isCreditCodeShown: boolean | undefined): { isCreditCodeShown?: boolean } {
  return isCreditCodeShown === undefined ? {} : { isCreditCodeShown };
}

/** The period objections are judged against: the latest release's, else the batch's settings. */
export async function currentNoticePeriod(db: XinpingDb, batchId: string): Promise<NoticePeriod> {
  const notice = await latestNotice(db, batchId);
  if (notice) return notice.period;
  const period = noticePeriodForBatch(await loadBatch(db, batchId));
  return period.ok ? period.value : fail(period.error);
}

export type CorrectionInput = {
  readonly issuedOn: IsoDate;
  /** A new notice period for the corrected list, from this date; default: the period stays. */
  readonly start?: IsoDate;
  readonly isCreditCodeShown?: boolean;
};

export type CorrectionResult = NoticeResult & { readonly corrections: readonly GradeCorrection[] };

/** What the corrected notice would print now, and the corrections it would publish. */
export async function previewCorrectedNotice(db: XinpingDb, batchId: string, input: CorrectionInput): Promise<Omit<CorrectionResult, 'release'>> {
  const batch = await loadBatch(db, batchId);
  const period = input.start !== undefined ? periodOrFail(input.start, batch) : await currentNoticePeriod(db, batchId);
  const { listed } = await listing(db, await batchDossiers(db, batchId), await batchAssessments(db, batchId), LISTED_IN_NOTICE);
  const { snapshot } = await snapshotFor(db, { batch, period, issuedOn: input.issuedOn, listed, ...opt(input.isCreditCodeShown) });
  return { period, snapshot, corrections: (await pendingCorrections(db, batchId)).map(toCorrection) };
}

function toCorrection(c: GradeCorrection): GradeCorrection {
  return { dossierId: c.dossierId, evaluationType: c.evaluationType, name: c.name, publishedGrade: c.publishedGrade, newGrade: c.newGrade };
}

/** 更正公示: publishes every pending correction with the full corrected list. */
export function issueCorrectedNotice(db: XinpingDb, actor: Actor, batchId: string, input: CorrectionInput, options: LifecycleOptions = {}): Promise<CorrectionResult> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.issueCorrectedNotice, async (scope) => {
    const batch = await loadBatch(scope.db, batchId);
    dateOrFail(input.issuedOn, 'issuedOn');
    if (batch.status !== 'notice') fail(userError('correction.batch_not_in_notice', `「${batch.title}」不在公示阶段`, `${batch.title} is not in public notice`, { field: 'status', path: batch.id }));
    const pending = await pendingCorrections(scope.db, batchId);
    if (pending.length === 0) fail(userError('correction.none', `「${batch.title}」没有待更正的公示内容`, `${batch.title} has no pending correction`, { path: batch.id }));
    const [rows, assessments] = [await batchDossiers(scope.db, batchId), await batchAssessments(scope.db, batchId)];
    const unsettled = rows.filter((r) => (r.state === 'scoring' || r.state === 'initial_grade') && assessments.get(r.id)?.exclusion === undefined);
    if (unsettled.length > 0) {
      const names = nameList(unsettled.map((r) => r.enterpriseName));
      fail(userError('correction.unsettled', `以下企业正在重新测评，等级批准后才能发布更正公示：${names.zh}`, `these enterprises are being re-scored; approve their grades before issuing the corrected notice: ${names.en}`, { path: batch.id }));
    }
    const period = input.start !== undefined ? periodOrFail(input.start, batch) : await currentNoticePeriod(scope.db, batchId);
    if (input.start !== undefined) await scope.put('batches', { ...batch, noticeStart: input.start, updatedAt: clock.at }, 'batch.notice.restart');
    const { listed } = await listing(scope.db, rows, assessments, LISTED_IN_NOTICE);
    const { snapshot, entries } = await snapshotFor(scope.db, { batch, period, issuedOn: input.issuedOn, listed, ...opt(input.isCreditCodeShown) });
    const corrections = pending.map(toCorrection);
    const release = await addRelease(scope, clock, actor, batchId, { kind: 'correction', period, issuedOn: input.issuedOn, snapshot, entries, corrections }, RELEASE_ACTIONS.correction);
    for (const c of pending) await scope.put('noticeCorrections', { ...c, resolvedInRevision: release.revision }, 'notice.correction.resolve');
    return { release, period, snapshot, corrections };
  }, clock.write);
}

export { batchReleases as noticeReleases, pendingCorrections } from './corrections';
