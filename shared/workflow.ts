// The one state machine for a dossier (评价档案):
// 申报 → 初审 (通过 / 退回 → 重新申报) → 测评 → 初评 → 公示 → 异议 (成立 → 测评 / 不成立 → 公示) → 终评 → 归档.
// Each move has a guard over a context object; an illegal move is an error, never a no-op.
import type { Dossier, DossierState, IsoInstant } from './model';
import { err, ok, userError, XinpingError, type Result, type UserError } from './errors';

export const DOSSIER_STATES: readonly DossierState[] = [
  'applied', 'returned', 'screened', 'scoring', 'initial_grade', 'notice', 'objection', 'final', 'archived',
];

export const STATE_LABELS: Readonly<Record<DossierState, { readonly zh: string; readonly en: string }>> = {
  applied: { zh: '申报', en: 'applied' },
  returned: { zh: '初审退回', en: 'returned' },
  screened: { zh: '初审通过', en: 'screened' },
  scoring: { zh: '测评', en: 'scoring' },
  initial_grade: { zh: '初评', en: 'initial grade' },
  notice: { zh: '公示', en: 'notice' },
  objection: { zh: '异议', en: 'objection' },
  final: { zh: '终评', en: 'final' },
  archived: { zh: '归档', en: 'archived' },
};

/** What guards may look at; each guard names the facts it needs. */
export type WorkflowContext = {
  readonly isDocumentsComplete?: boolean;
  readonly returnReason?: string;
  readonly reviewerCount?: number;
  /** Consolidated score, 0–100. */
  readonly score?: number;
  /** Grade label approved by the supervisor. */
  readonly approvedGrade?: string;
  readonly rescoreReason?: string;
  /** The objection was received within the public-notice period. */
  readonly isWithinNotice?: boolean;
  readonly objectionOutcome?: 'upheld' | 'rejected';
  /** The public-notice period is over. */
  readonly isNoticeOver?: boolean;
  readonly openObjectionCount?: number;
};

type Guard = (ctx: WorkflowContext) => UserError | null;

const need = (ok: boolean, code: string, zh: string, en: string): UserError | null => (ok ? null : userError(`workflow.guard.${code}`, zh, en));
const isText = (s: string | undefined): boolean => s !== undefined && s.trim() !== '';

const TRANSITIONS: Readonly<Partial<Record<DossierState, Readonly<Partial<Record<DossierState, Guard>>>>>> = {
  applied: {
    screened: (c) => need(c.isDocumentsComplete === true, 'documents_incomplete', '申报材料不齐全，不能通过初审', 'the application documents are incomplete'),
    returned: (c) => need(isText(c.returnReason), 'return_reason', '退回须写明原因', 'returning an application needs a reason'),
  },
  returned: { applied: () => null },
  screened: {
    scoring: (c) => need((c.reviewerCount ?? 0) >= 1, 'no_reviewer', '尚未指派评审员', 'no reviewer is assigned'),
  },
  scoring: {
    initial_grade: (c) => need(c.score !== undefined && Number.isFinite(c.score) && c.score >= 0 && c.score <= 100, 'no_score', '尚无汇总得分，不能初评', 'there is no consolidated score yet'),
  },
  initial_grade: {
    notice: (c) => need(isText(c.approvedGrade), 'grade_not_approved', '等级尚未经主管批准，不能公示', 'the grade has not been approved'),
    scoring: (c) => need(isText(c.rescoreReason), 'rescore_reason', '退回重新测评须写明原因', 'sending back for rescoring needs a reason'),
  },
  notice: {
    objection: (c) => need(c.isWithinNotice === true, 'outside_notice', '异议须在公示期内提出', 'an objection must be raised within the notice period'),
    final: (c) =>
      need(c.isNoticeOver === true, 'notice_not_over', '公示期尚未结束', 'the notice period is not over') ??
      need((c.openObjectionCount ?? 0) === 0, 'open_objection', '仍有未处理的异议', 'there are objections still open'),
  },
  objection: {
    scoring: (c) => need(c.objectionOutcome === 'upheld', 'objection_not_upheld', '只有异议成立才重新测评', 'only an upheld objection reopens scoring'),
    notice: (c) => need(c.objectionOutcome === 'rejected', 'objection_not_rejected', '只有异议不成立才回到公示', 'only a rejected objection returns to notice'),
  },
  final: { archived: () => null },
};

/** States reachable in one move from `from`, ignoring guards. */
export function nextStates(from: DossierState): readonly DossierState[] {
  return DOSSIER_STATES.filter((to) => TRANSITIONS[from]?.[to] !== undefined);
}

export function isTransitionDefined(from: DossierState, to: DossierState): boolean {
  return TRANSITIONS[from]?.[to] !== undefined;
}

export function illegalTransitionError(from: DossierState, to: DossierState): UserError {
  const a = STATE_LABELS[from];
  const b = STATE_LABELS[to];
  return userError('workflow.illegal_transition', `不能从「${a.zh}」转到「${b.zh}」`, `cannot move from ${a.en} to ${b.en}`, { field: 'state' });
}

/** The new state, or why not: an illegal move, or the guard's reason. */
export function transition(from: DossierState, to: DossierState, ctx: WorkflowContext): Result<DossierState> {
  const guard = TRANSITIONS[from]?.[to];
  if (!guard) return err(illegalTransitionError(from, to));
  const blocked = guard(ctx);
  if (!blocked) return ok(to);
  const a = STATE_LABELS[from];
  const b = STATE_LABELS[to];
  return err({ ...blocked, zh: `不能从「${a.zh}」转到「${b.zh}」：${blocked.zh}`, en: `cannot move from ${a.en} to ${b.en}: ${blocked.en}`, at: { field: 'state' } });
}

/** Throwing form for code paths that must abort. */
export function assertTransition(from: DossierState, to: DossierState, ctx: WorkflowContext): DossierState {
  const result = transition(from, to, ctx);
  if (!result.ok) throw new XinpingError(result.error);
  return result.value;
}

/** Moves a dossier, stamping updatedAt; the dossier itself is not mutated. */
export function moveDossier(dossier: Dossier, to: DossierState, ctx: WorkflowContext, now: IsoInstant): Result<Dossier> {
  const result = transition(dossier.state, to, ctx);
  return result.ok ? ok({ ...dossier, state: result.value, updatedAt: now }) : result;
}
