// What every lifecycle action shares: one clock per action (the audit entry and the records it
// writes carry the same instant), loaders that fail with a message naming what is missing, and
// the dossier move that re-words a workflow refusal to name the enterprise.
import type { Checklist } from '../../shared/checklist';
import { userError, XinpingError, type UserError } from '../../shared/errors';
import { parseIsoDate } from '../../shared/iso-date';
import type { GradeScale } from '../../shared/grade-scale';
import { aboutDossier } from '../../shared/lifecycle/labels';
import { emptyAssessment } from '../../shared/lifecycle/assessment';
import type { Assessment, Stamp } from '../../shared/lifecycle/types';
import type { Batch, DossierState, IsoDate } from '../../shared/model';
import { transition, type WorkflowContext } from '../../shared/workflow';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import type { Actor, WriteOptions, WriteScope } from '../db/write';

export type LifecycleOptions = {
  /** Clock (tests); the default is the system clock. */
  readonly now?: () => Date;
};

export type Clock = { readonly at: string; readonly write: WriteOptions; stamp(actor: Actor): Stamp };

export function clockOf(options: LifecycleOptions = {}): Clock {
  const at = (options.now ?? ((): Date => new Date()))().toISOString();
  return { at, write: { now: () => new Date(at) }, stamp: (actor) => ({ by: actor.actor, at }) };
}

export function fail(error: UserError): never {
  throw new XinpingError(error);
}

/** A calendar date the user typed (YYYY-MM-DD), or a refusal naming the field. */
export function dateOrFail(text: string, field: string): IsoDate {
  const day = parseIsoDate(text, { field });
  return day.ok ? text : fail(day.error);
}

export async function loadDossier(db: XinpingDb, id: string): Promise<DossierRow> {
  const row = await db.dossiers.get(id);
  return row ?? fail(userError('lifecycle.dossier_not_found', `找不到评价档案 ${id}`, `dossier ${id} was not found`, { field: 'dossierId', path: id }));
}

export async function loadBatch(db: XinpingDb, id: string): Promise<Batch> {
  const batch = await db.batches.get(id);
  return batch ?? fail(userError('lifecycle.batch_not_found', `找不到评价批次 ${id}`, `batch ${id} was not found`, { field: 'batchId', path: id }));
}

export async function loadScale(db: XinpingDb, batch: Batch): Promise<GradeScale> {
  const scale = await db.gradeScales.get(batch.gradeScaleId);
  return scale ?? fail(userError('lifecycle.scale_missing', `批次「${batch.title}」使用的等级表 ${batch.gradeScaleId} 不存在`, `grade scale ${batch.gradeScaleId} of batch ${batch.title} is missing`, { field: 'gradeScaleId', path: batch.id }));
}

export async function loadChecklist(db: XinpingDb, batch: Batch): Promise<Checklist> {
  const list = await db.checklists.get(batch.checklistId);
  return list ?? fail(userError('lifecycle.checklist_missing', `批次「${batch.title}」使用的指标体系 ${batch.checklistId} 不存在`, `checklist ${batch.checklistId} of batch ${batch.title} is missing`, { field: 'checklistId', path: batch.id }));
}

export async function loadAssessment(db: XinpingDb, dossier: DossierRow, at: string): Promise<Assessment> {
  return (await db.assessments.get(dossier.id)) ?? emptyAssessment(dossier.id, dossier.batchId, at);
}

/** Assessments of a batch by dossier id. */
export async function batchAssessments(db: XinpingDb, batchId: string): Promise<Map<string, Assessment>> {
  const rows = await db.assessments.where('batchId').equals(batchId).toArray();
  return new Map(rows.map((a) => [a.dossierId, a]));
}

export function batchDossiers(db: XinpingDb, batchId: string): Promise<DossierRow[]> {
  return db.dossiers.where('batchId').equals(batchId).toArray();
}

/** The row in its next state, or a refusal naming the enterprise; changes are applied on top. */
export function moved(row: DossierRow, to: DossierState, ctx: WorkflowContext, at: string, changes: Partial<DossierRow> = {}): DossierRow {
  const result = transition(row.state, to, ctx);
  if (!result.ok) fail(aboutDossier(row, result.error));
  return { ...row, ...changes, state: result.value, updatedAt: at };
}

/** A row without its settled score and grade (scoring reopened). */
export function unsettled(row: DossierRow): DossierRow {
  const { score: _score, grade: _grade, ...rest } = row;
  return rest;
}

/** Code-unit order (as the indexes sort), for stable lists. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Saves a dossier row under a named audit action. */
export function putDossier(scope: WriteScope, row: DossierRow, action: string): Promise<void> {
  return scope.put('dossiers', row, action);
}
