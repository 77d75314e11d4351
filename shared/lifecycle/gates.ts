// Batch-level gates: a batch enters 公示 only when every dossier has an approved grade or is
// excluded with a reason; it becomes final only when every listed dossier is back in notice,
// no objection is open and no correction is pending. Each refusal names the enterprises.
import { userError, type UserError } from '../errors';
import type { DossierState, Id } from '../model';
import { STATE_LABELS } from '../workflow';
import { isApproved, isExcluded } from './assessment';
import { nameList, nameOf, type Named } from './labels';
import type { Assessment } from './types';

export type GateDossier = Named & { readonly state: DossierState };

export type Blocker = {
  readonly dossierId: Id;
  readonly enterpriseName: string;
  readonly state: DossierState;
  readonly reason: 'not_approved' | 'not_in_notice' | 'open_objection';
};

/** Dossiers that keep a batch out of 公示: neither approved in 初评 nor excluded. */
export function findNoticeBlockers(dossiers: readonly GateDossier[], assessments: ReadonlyMap<Id, Assessment>): Blocker[] {
  return dossiers
    .filter((d) => {
      const a = assessments.get(d.id);
      return !isExcluded(a) && !(d.state === 'initial_grade' && isApproved(a));
    })
    .map((d) => ({ dossierId: d.id, enterpriseName: nameOf(d), state: d.state, reason: 'not_approved' as const }));
}

/** Listed dossiers that keep a batch from 终评: still in objection, or reopened and not back in notice. */
export function findFinalBlockers(dossiers: readonly GateDossier[], assessments: ReadonlyMap<Id, Assessment>): Blocker[] {
  return dossiers
    .filter((d) => !isExcluded(assessments.get(d.id)) && d.state !== 'notice')
    .map((d) => ({ dossierId: d.id, enterpriseName: nameOf(d), state: d.state, reason: d.state === 'objection' ? ('open_objection' as const) : ('not_in_notice' as const) }));
}

function withStates(blockers: readonly Blocker[]): { readonly zh: string; readonly en: string } {
  const zh = nameList(blockers.map((b) => `${b.enterpriseName}（${STATE_LABELS[b.state].zh}）`));
  const en = nameList(blockers.map((b) => `${b.enterpriseName} (${STATE_LABELS[b.state].en})`));
  return { zh: zh.zh, en: en.en };
}

export function noticeGateError(batchTitle: string, blockers: readonly Blocker[]): UserError {
  const names = withStates(blockers);
  return userError(
    'lifecycle.notice_blocked',
    `「${batchTitle}」不能开始公示：${blockers.length} 家企业既未批准初评等级，也未注明不列入公示的原因：${names.zh}`,
    `${batchTitle} cannot enter public notice: ${blockers.length} enterprise(s) have neither an approved grade nor a reason for exclusion: ${names.en}`,
    { field: 'batch' },
  );
}

export function finalGateError(batchTitle: string, blockers: readonly Blocker[]): UserError {
  const names = withStates(blockers);
  return userError(
    'lifecycle.final_blocked',
    `「${batchTitle}」不能终评：${blockers.length} 家企业仍有未处理的异议或尚未重新批准等级：${names.zh}`,
    `${batchTitle} cannot be finalised: ${blockers.length} enterprise(s) still have an open objection or no re-approved grade: ${names.en}`,
    { field: 'batch' },
  );
}
