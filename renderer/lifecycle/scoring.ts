// Consolidation (汇总): the assigned reviewers' submitted sheets give the dossier's score by the
// batch's rule; spreads over the batch threshold are flagged. The supervisor accepts, sends one
// reviewer's sheet back with a reason, or overrides score and/or grade with a reason.
import { consolidateSheets, type Consolidation } from '../../shared/consolidation';
import { err, ok, userError, type Result, type UserError } from '../../shared/errors';
import { checkOverride, proposeGrade, reopenAssessment, summariseConsolidation } from '../../shared/lifecycle/assessment';
import { aboutDossier, dossierError, isBlank, reasonError } from '../../shared/lifecycle/labels';
import type { Assessment, ConsolidationSummary, GradeProposal } from '../../shared/lifecycle/types';
import type { Batch } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { clockOf, fail, loadAssessment, loadBatch, loadChecklist, loadDossier, loadScale, moved, putDossier, unsettled, type LifecycleOptions } from './context';

export type ConsolidationPreview = { readonly consolidation: Consolidation; readonly summary: ConsolidationSummary; readonly proposal: GradeProposal };

async function consolidate(db: XinpingDb, row: DossierRow, batch: Batch, at: string): Promise<Result<ConsolidationPreview, readonly UserError[]>> {
  const [list, scale] = [await loadChecklist(db, batch), await loadScale(db, batch)];
  const sheets = (await db.scoreSheets.where('dossierId').equals(row.id).toArray()).filter((s) => row.reviewerIds.includes(s.reviewerId));
  const missing = row.reviewerIds.filter((r) => !sheets.some((s) => s.reviewerId === r));
  if (row.reviewerIds.length === 0) return err([dossierError(row, 'consolidation.no_reviewer', '尚未指派评审员', 'no reviewer is assigned')]);
  if (missing.length > 0) {
    return err(missing.map((r) => dossierError(row, 'consolidation.sheet_missing', `评审员 ${r} 尚未提交评分表`, `reviewer ${r} has not submitted a score sheet`, { field: r })));
  }
  const result = consolidateSheets(list, sheets, batch.consolidation, batch.spreadThreshold);
  if (!result.ok) return err(result.error.map((e) => aboutDossier(row, e)));
  const summary = summariseConsolidation(result.value, batch.spreadThreshold, at);
  const proposal = proposeGrade(summary, undefined, { scale, vetoItems: list.vetoItems });
  if (!proposal.ok) return err([aboutDossier(row, proposal.error)]);
  return ok({ consolidation: result.value, summary, proposal: proposal.value });
}

function firstOf(errors: readonly UserError[]): UserError {
  const [first, ...rest] = errors;
  const base = first ?? userError('consolidation.failed', '无法汇总', 'cannot consolidate');
  return rest.length === 0 ? base : { ...base, zh: `${base.zh}（另有 ${rest.length} 项问题）`, en: `${base.en} (and ${rest.length} more)` };
}

/** What accepting would give now: the consolidation with its flagged spreads and the grade it earns. */
export async function previewConsolidation(db: XinpingDb, dossierId: string): Promise<Result<ConsolidationPreview, readonly UserError[]>> {
  const row = await loadDossier(db, dossierId);
  return consolidate(db, row, await loadBatch(db, row.batchId), new Date().toISOString());
}

/** Accepts the consolidated score (flags and all); the dossier moves 测评 → 初评 with the proposed grade. */
export function acceptConsolidation(db: XinpingDb, actor: Actor, dossierId: string, options: LifecycleOptions = {}): Promise<Assessment> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.acceptScores, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    if (row.state !== 'scoring') fail(dossierError(row, 'consolidation.state', '只有测评中的档案可以确认汇总得分', 'only a dossier being scored can have its score accepted', { field: 'state' }));
    const preview = await consolidate(scope.db, row, await loadBatch(scope.db, row.batchId), clock.at);
    if (!preview.ok) fail(firstOf(preview.error));
    const { override: _o, approval: _a, ...before } = await loadAssessment(scope.db, row, clock.at);
    const assessment: Assessment = { ...before, consolidation: preview.value.summary, proposal: preview.value.proposal, accepted: clock.stamp(actor), updatedAt: clock.at };
    await putDossier(scope, moved(unsettled(row), 'initial_grade', { score: preview.value.summary.score }, clock.at, { score: preview.value.summary.score }), 'dossier.score.accept');
    await scope.put('assessments', assessment, 'dossier.score.accept');
    return assessment;
  }, clock.write);
}

export type RescoreInput = { readonly reviewerId: string; readonly reason: string };

/** 退回重评 with a reason: reopens that reviewer's sheet; a dossier in 初评 goes back to 测评. */
export function requestRescore(db: XinpingDb, actor: Actor, dossierId: string, input: RescoreInput, options: LifecycleOptions = {}): Promise<Assessment> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.reopenScoreSheet, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    if (isBlank(input.reason)) fail(reasonError(row, { zh: '退回重评', en: 'sending a sheet back for rescoring' }));
    if (row.state !== 'scoring' && row.state !== 'initial_grade') {
      fail(dossierError(row, 'rescore.state', '只有测评或初评中的档案可以退回重评', 'only a dossier being scored or in initial grading can be sent back for rescoring', { field: 'state' }));
    }
    const sheet = await scope.db.scoreSheets.where('[dossierId+reviewerId]').equals([row.id, input.reviewerId]).first();
    if (sheet?.status !== 'submitted') {
      fail(dossierError(row, 'rescore.not_submitted', `评审员 ${input.reviewerId} 的评分表尚未提交，无需退回`, `reviewer ${input.reviewerId} has no submitted sheet to send back`, { field: 'reviewerId' }));
    }
    const { submittedAt: _s, ...open } = sheet;
    await scope.put('scoreSheets', { ...open, status: 'draft', updatedAt: clock.at }, 'score.reopen');
    const reason = input.reason.trim();
    const next = row.state === 'initial_grade' ? moved(unsettled(row), 'scoring', { rescoreReason: reason }, clock.at) : { ...unsettled(row), updatedAt: clock.at };
    await putDossier(scope, next, 'dossier.rescore');
    const before = reopenAssessment(await loadAssessment(scope.db, row, clock.at), clock.at);
    const assessment: Assessment = { ...before, rescoreRequests: [...before.rescoreRequests, { reviewerId: input.reviewerId, reason, ...clock.stamp(actor) }] };
    await scope.put('assessments', assessment, 'dossier.rescore');
    return assessment;
  }, clock.write);
}

export type OverrideInput = { readonly score?: number; readonly grade?: string; readonly reason: string };

/** Sets the score and/or grade by hand, with a reason; the dossier is (or stays) in 初评 awaiting approval. */
export function overrideAssessment(db: XinpingDb, actor: Actor, dossierId: string, input: OverrideInput, options: LifecycleOptions = {}): Promise<Assessment> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.overrideAssessment, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    if (isBlank(input.reason)) fail(reasonError(row, { zh: '调整得分或等级', en: 'an override' }));
    if (row.state !== 'scoring' && row.state !== 'initial_grade') {
      fail(dossierError(row, 'override.state', '只有测评或初评中的档案可以调整得分或等级', 'only a dossier being scored or in initial grading can be overridden', { field: 'state' }));
    }
    const batch = await loadBatch(scope.db, row.batchId);
    const [scale, list] = [await loadScale(scope.db, batch), await loadChecklist(scope.db, batch)];
    const values = checkOverride(input, scale);
    if (!values.ok) fail(aboutDossier(row, values.error));
    const before = await loadAssessment(scope.db, row, clock.at);
    const fresh = row.state === 'scoring' ? await consolidate(scope.db, row, batch, clock.at) : null;
    const summary = fresh?.ok ? fresh.value.summary : before.consolidation;
    const proposal = proposeGrade(summary, values.value, { scale, vetoItems: list.vetoItems });
    if (!proposal.ok) fail(aboutDossier(row, proposal.error));
    const { approval: _a, ...kept } = before;
    const override = { ...values.value, reason: input.reason.trim(), ...clock.stamp(actor) };
    const assessment: Assessment = { ...kept, ...(summary ? { consolidation: summary } : {}), proposal: proposal.value, override, updatedAt: clock.at };
    const score = proposal.value.score;
    const next = row.state === 'scoring' ? moved(unsettled(row), 'initial_grade', { score }, clock.at, { score }) : { ...unsettled(row), score, updatedAt: clock.at };
    await putDossier(scope, next, 'dossier.override');
    await scope.put('assessments', assessment, 'dossier.override');
    return assessment;
  }, clock.write);
}

/** The dossier's assessment (consolidation, proposal, override, approval, exclusion), if any. */
export async function assessmentFor(db: XinpingDb, dossierId: string): Promise<Assessment | undefined> {
  return db.assessments.get(dossierId);
}
