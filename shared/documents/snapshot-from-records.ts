// Builds a document snapshot from the records the app keeps (batch, enterprises, dossiers) plus
// the association's profile from settings. Only graded dossiers of the batch are listed, grouped by
// evaluation type in the batch's order, each group in the order given.
import { err, ok, userError, type Result, type UserError } from '../errors';
import type { Batch, Dossier, Enterprise, IsoDate } from '../model';
import type { AssociationProfile, DocumentSnapshot, NoticeWindow, ObjectionTally, ResultRow } from './snapshot';

export type SnapshotInput = {
  readonly batch: Batch;
  readonly enterprises: readonly Enterprise[];
  readonly dossiers: readonly Dossier[];
  readonly profile: AssociationProfile;
  readonly noticePeriod: NoticeWindow;
  readonly issuedOn: IsoDate;
  readonly gradeNotes?: Readonly<Record<string, string>>;
  readonly objections?: ObjectionTally;
  /** Print 统一社会信用代码; sample (made-up) codes are never printed. */
  readonly isCreditCodeShown?: boolean;
};

const LISTED_STATES: ReadonlySet<Dossier['state']> = new Set(['initial_grade', 'notice', 'objection', 'final', 'archived']);

export function snapshotFromRecords(input: SnapshotInput): Result<DocumentSnapshot, readonly UserError[]> {
  const byId = new Map(input.enterprises.map((e) => [e.id, e]));
  const errors: UserError[] = [];
  const results = input.batch.evaluationTypes.map((evaluationType) => {
    const rows: ResultRow[] = [];
    input.dossiers.forEach((d, i) => {
      if (d.batchId !== input.batch.id || d.evaluationType !== evaluationType || !LISTED_STATES.has(d.state) || d.grade === undefined) return;
      const e = byId.get(d.enterpriseId);
      if (!e) {
        errors.push(userError('document.enterprise_missing', `档案 ${d.id} 的企业 ${d.enterpriseId} 不存在`, `dossier ${d.id} refers to a missing enterprise ${d.enterpriseId}`, { path: `dossiers[${i}].enterpriseId` }));
        return;
      }
      const isCodeShown = input.isCreditCodeShown === true && e.isSampleCode !== true && e.creditCode !== '';
      rows.push({
        name: e.name,
        grade: d.grade,
        ...(isCodeShown ? { creditCode: e.creditCode } : {}),
        ...(d.certificateNumber ? { certificateNumber: d.certificateNumber } : {}),
      });
    });
    return { evaluationType, rows };
  });
  if (errors.length > 0) return err(errors);
  return ok({
    association: input.profile,
    batchTitle: input.batch.title,
    issuedOn: input.issuedOn,
    noticePeriod: input.noticePeriod,
    results: results.filter((r) => r.rows.length > 0),
    ...(input.gradeNotes ? { gradeNotes: input.gradeNotes } : {}),
    ...(input.objections ? { objections: input.objections } : {}),
  });
}
