// The rows of the 评审与初评 table, read live: the batch's dossiers (narrowed by stage through the
// [batchId+state] index, or to the reviewer's queue), with their assessments, score sheets and
// first-review history counts.
import { useLiveQuery } from 'dexie-react-hooks';
import { isApproved, isExcluded } from '../../../shared/lifecycle/assessment';
import type { Assessment } from '../../../shared/lifecycle/types';
import type { ScoreSheet } from '../../../shared/model';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { reviewerQueue } from '../../lifecycle';
import { statesOf, type Stage } from './review-model';

export type ReviewRow = {
  readonly dossier: DossierRow;
  readonly assessment: Assessment | undefined;
  readonly sheets: readonly ScoreSheet[];
  readonly screeningCount: number;
  /** In "my work" mode: the supervisor's open request to rescore this reviewer's sheet. */
  readonly rescoreReason?: string;
};

export type ReviewQuery = { readonly batchId: string; readonly stage: Stage; readonly queueOf?: string };

async function dossiersFor(query: ReviewQuery): Promise<{ rows: DossierRow[]; reasons: Map<string, string> }> {
  const reasons = new Map<string, string>();
  const states = statesOf(query.stage);
  if (query.queueOf !== undefined) {
    const queue = (await reviewerQueue(db, query.queueOf, states ? { states } : {})).filter((q) => q.dossier.batchId === query.batchId);
    for (const q of queue) if (q.rescoreReason) reasons.set(q.dossier.id, q.rescoreReason);
    return { rows: queue.map((q) => q.dossier), reasons };
  }
  const rows = states
    ? await db.dossiers.where('[batchId+state]').anyOf(states.map((s) => [query.batchId, s])).toArray()
    : await db.dossiers.where('batchId').equals(query.batchId).toArray();
  return { rows, reasons };
}

function byDossier<T extends { readonly dossierId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.dossierId, [...(out.get(item.dossierId) ?? []), item]);
  return out;
}

async function load(query: ReviewQuery): Promise<ReviewRow[]> {
  const { rows, reasons } = await dossiersFor(query);
  const ids = rows.map((r) => r.id);
  const [assessments, sheets, screenings] = await Promise.all([
    db.assessments.bulkGet(ids),
    db.scoreSheets.where('dossierId').anyOf(ids).toArray(),
    db.screenings.where('dossierId').anyOf(ids).toArray(),
  ]);
  const sheetsOf = byDossier(sheets);
  const screeningsOf = byDossier(screenings);
  const out = rows.map((dossier, i): ReviewRow => {
    const reason = reasons.get(dossier.id);
    return {
      dossier,
      assessment: assessments[i],
      sheets: sheetsOf.get(dossier.id) ?? [],
      screeningCount: screeningsOf.get(dossier.id)?.length ?? 0,
      ...(reason ? { rescoreReason: reason } : {}),
    };
  });
  return out.sort((a, b) => a.dossier.enterpriseName.localeCompare(b.dossier.enterpriseName, 'zh-CN') || (a.dossier.id < b.dossier.id ? -1 : 1));
}

export function useReviewRows(query: ReviewQuery): readonly ReviewRow[] | undefined {
  return useLiveQuery(() => load(query), [query.batchId, query.stage, query.queueOf]);
}

export type StageCounts = {
  readonly applied: number;
  readonly returned: number;
  readonly screened: number;
  readonly scoring: number;
  readonly grading: number;
  readonly approved: number;
  readonly excluded: number;
};

/** The figures above the table: how many dossiers wait at each step. */
export function useStageCounts(batchId: string): StageCounts | undefined {
  return useLiveQuery(async () => {
    const count = (state: string): Promise<number> => db.dossiers.where('[batchId+state]').equals([batchId, state]).count();
    const [applied, returned, screened, scoring, gradingIds, assessments] = await Promise.all([
      count('applied'), count('returned'), count('screened'), count('scoring'),
      db.dossiers.where('[batchId+state]').equals([batchId, 'initial_grade']).primaryKeys(),
      db.assessments.where('batchId').equals(batchId).toArray(),
    ]);
    const byId = new Map(assessments.map((a) => [a.dossierId, a]));
    // 待批准: in 初评, neither approved nor excluded yet
    const grading = gradingIds.filter((id) => { const a = byId.get(String(id)); return !isExcluded(a) && !isApproved(a); }).length;
    const excluded = assessments.filter(isExcluded).length;
    const approved = assessments.filter((a) => !isExcluded(a) && isApproved(a)).length;
    return { applied, returned, screened, scoring, grading, approved, excluded };
  }, [batchId]);
}
