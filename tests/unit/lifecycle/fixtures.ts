// A small batch set up as an import would leave it, plus score sheets and clocks for the lifecycle tests.
import { checklistHash, listIndicators } from '../../../shared/checklist';
import { XinpingError, type UserError } from '../../../shared/errors';
import type { KdfParams } from '../../../shared/lifecycle/types';
import type { Batch, Dossier, DossierState, Enterprise, EvaluationType, ScoreSheet } from '../../../shared/model';
import { OPERATIONS } from '../../../shared/operations';
import { defaultChecklist, nineGradeScale } from '../../../shared/resources';
import { putDossiers } from '../../../renderer/db/records';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write, type Actor } from '../../../renderer/db/write';
import type { LifecycleOptions } from '../../../renderer/lifecycle/context';
import { batch as baseBatch, dossier as baseDossier } from '../db/helpers';

export const staff: Actor = { actor: '工作人员', role: 'staff' };
export const supervisor: Actor = { actor: '主管', role: 'supervisor' };
export const reviewerA: Actor = { actor: '评审员甲', role: 'reviewer' };
export const reviewerB: Actor = { actor: '评审员乙', role: 'reviewer' };

/** Cheap scrypt for tests; the app uses DEFAULT_KDF. */
export const TEST_KDF: KdfParams = { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1, dkLen: 32 };

export function on(iso: string): LifecycleOptions {
  return { now: () => new Date(iso) };
}

export type Applicant = { readonly key: string; readonly name: string; readonly code: string; readonly type?: EvaluationType; readonly state?: DossierState; readonly extra?: Partial<Dossier> };

/** 中国质量检验协会 2015年第三批 (names as published; checksum-valid made-up codes). */
export const APPLICANTS: readonly Applicant[] = [
  { key: 'd1', name: '济南科林普尔环保设备有限公司', code: '91370100726815305K' },
  { key: 'd2', name: '上海夏普电器有限公司', code: '913100006073184299' },
  { key: 'd3', name: '东莞市宇洁新材料有限公司', code: '91441900684521076L' },
  { key: 'd4', name: '东研高科（北京）环保技术有限公司', code: '91110108596132484B', type: 'quality' },
  { key: 'd5', name: '浙江爱仕达生活电器有限公司', code: '913300007452390674' },
];

export function batchRecord(id: string, extra: Partial<Batch> = {}): Batch {
  return { ...baseBatch(id), title: '2015年第三批', evaluationTypes: ['enterprise', 'quality'], ...extra };
}

/** Checklist, grade scale, batch, enterprises and dossiers, written by staff as an import does. */
export async function importBatch(db: XinpingDb, batchId: string, applicants: readonly Applicant[] = APPLICANTS, extra: Partial<Batch> = {}): Promise<void> {
  await write(db, staff, OPERATIONS.importApplications, async (scope) => {
    if (!(await scope.get('checklists', defaultChecklist.id))) await scope.put('checklists', defaultChecklist);
    if (!(await scope.get('gradeScales', nineGradeScale.id))) await scope.put('gradeScales', nineGradeScale);
    await scope.put('batches', batchRecord(batchId, extra));
    const enterprises: Enterprise[] = applicants.map((a) => ({ id: `${batchId}-e-${a.key}`, name: a.name, creditCode: a.code, region: '北京市', industry: '空气净化器、净水' }));
    await scope.bulkPut('enterprises', enterprises);
    await putDossiers(scope, applicants.map((a) => baseDossier(dossierId(batchId, a.key), batchId, `${batchId}-e-${a.key}`, a.state ?? 'applied', { evaluationType: a.type ?? 'enterprise', ...a.extra })));
  });
}

export function dossierId(batchId: string, key: string): string {
  return `${batchId}-${key}`;
}

/** A complete sheet: every indicator at its top level with enough evidence, except those given. */
export function fullSheet(dossier: string, reviewerId: string, scores: Readonly<Record<string, number>> = {}): ScoreSheet {
  const entries = listIndicators(defaultChecklist).map(({ indicator }) => {
    const top = indicator.maxScore ?? Math.max(...indicator.levels.map((l) => l.score));
    const evidenceIds = indicator.requiredEvidence.map((_, i) => `${dossier}-ev-${i}`);
    return { indicatorId: indicator.id, score: scores[indicator.id] ?? top, ...(evidenceIds.length > 0 ? { evidenceIds } : {}) };
  });
  return {
    id: `${dossier}::${reviewerId}`, dossierId: dossier, reviewerId, checklistHash: checklistHash(defaultChecklist), scores: entries, triggeredVetoIds: [],
    status: 'submitted', submittedAt: '2015-07-01T00:00:00.000Z', updatedAt: '2015-07-01T00:00:00.000Z',
  };
}

/** The reviewer submits the sheet through the role-checked write path. */
export async function submit(db: XinpingDb, reviewer: Actor, sheet: ScoreSheet): Promise<void> {
  await write(db, reviewer, OPERATIONS.submitScoreSheet, (scope) => scope.put('scoreSheets', sheet, 'score.submit'));
}

/** The user-facing error a refused action gave (Chinese and English), or a failed test. */
export async function refusal(action: Promise<unknown>): Promise<UserError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof XinpingError) return error.detail;
    throw error;
  }
  throw new Error('expected the action to be refused');
}
