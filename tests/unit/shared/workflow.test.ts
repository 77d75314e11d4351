import { describe, expect, it } from 'vitest';
import type { Dossier, DossierState } from '../../../shared/model';
import { XinpingError } from '../../../shared/errors';
import { assertTransition, DOSSIER_STATES, isTransitionDefined, moveDossier, nextStates, STATE_LABELS, transition, type WorkflowContext } from '../../../shared/workflow';

// The process in the 2015 CAQI notice: 申报 → 初审 → 测评 → 初评 → 公示 → (异议) → 终评 → 归档.
const LEGAL: readonly (readonly [DossierState, DossierState, WorkflowContext])[] = [
  ['applied', 'screened', { isDocumentsComplete: true }],
  ['applied', 'returned', { returnReason: '缺少审计报告' }],
  ['returned', 'applied', {}],
  ['screened', 'scoring', { reviewerCount: 2 }],
  ['scoring', 'initial_grade', { score: 92.5 }],
  ['initial_grade', 'notice', { approvedGrade: 'AAA' }],
  ['initial_grade', 'scoring', { rescoreReason: '评分差异过大' }],
  ['notice', 'objection', { isWithinNotice: true }],
  ['notice', 'final', { isNoticeOver: true, openObjectionCount: 0 }],
  ['objection', 'scoring', { objectionOutcome: 'upheld' }],
  ['objection', 'notice', { objectionOutcome: 'rejected' }],
  ['final', 'archived', {}],
];

const isLegal = (from: DossierState, to: DossierState): boolean => LEGAL.some(([a, b]) => a === from && b === to);
const everything: WorkflowContext = { isDocumentsComplete: true, returnReason: 'x', reviewerCount: 3, score: 90, approvedGrade: 'AAA', rescoreReason: 'x', isWithinNotice: true, objectionOutcome: 'upheld', isNoticeOver: true, openObjectionCount: 0 };

describe('the dossier state machine', () => {
  it.each(LEGAL)('%s → %s is allowed when its guard holds', (from, to, ctx) => {
    expect(transition(from, to, ctx)).toEqual({ ok: true, value: to });
  });

  const illegal = DOSSIER_STATES.flatMap((from) => DOSSIER_STATES.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const));

  it('the matrix covers every pair of states', () => {
    expect(illegal.length + LEGAL.length).toBe(DOSSIER_STATES.length ** 2);
  });

  it.each(illegal)('%s → %s is refused, naming both states', (from, to) => {
    const r = transition(from, to, everything);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('workflow.illegal_transition');
    expect(r.error.zh).toBe(`不能从「${STATE_LABELS[from].zh}」转到「${STATE_LABELS[to].zh}」`);
    expect(r.error.en).toBe(`cannot move from ${STATE_LABELS[from].en} to ${STATE_LABELS[to].en}`);
    expect(isTransitionDefined(from, to)).toBe(false);
  });

  it('says it plainly for 申报 → 公示', () => {
    const r = transition('applied', 'notice', everything);
    expect(!r.ok && r.error.zh).toBe('不能从「申报」转到「公示」');
    expect(!r.ok && r.error.en).toBe('cannot move from applied to notice');
  });

  it('lists next states for the UI', () => {
    expect(nextStates('notice')).toEqual(['objection', 'final']);
    expect(nextStates('archived')).toEqual([]);
  });

  it('has zh and en labels for every state', () => {
    for (const state of DOSSIER_STATES) {
      expect(STATE_LABELS[state].zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(STATE_LABELS[state].en).toMatch(/^[a-z ]+$/);
    }
  });
});

describe('guards', () => {
  it.each([
    ['applied', 'screened', { isDocumentsComplete: false }, 'workflow.guard.documents_incomplete'],
    ['applied', 'returned', { returnReason: '  ' }, 'workflow.guard.return_reason'],
    ['screened', 'scoring', { reviewerCount: 0 }, 'workflow.guard.no_reviewer'],
    ['scoring', 'initial_grade', {}, 'workflow.guard.no_score'],
    ['scoring', 'initial_grade', { score: Number.NaN }, 'workflow.guard.no_score'],
    ['scoring', 'initial_grade', { score: 101 }, 'workflow.guard.no_score'],
    ['initial_grade', 'notice', { score: 95 }, 'workflow.guard.grade_not_approved'],
    ['initial_grade', 'scoring', {}, 'workflow.guard.rescore_reason'],
    ['notice', 'objection', { isWithinNotice: false }, 'workflow.guard.outside_notice'],
    ['notice', 'final', { isNoticeOver: false }, 'workflow.guard.notice_not_over'],
    ['notice', 'final', { isNoticeOver: true, openObjectionCount: 1 }, 'workflow.guard.open_objection'],
    ['objection', 'scoring', { objectionOutcome: 'rejected' }, 'workflow.guard.objection_not_upheld'],
    ['objection', 'notice', { objectionOutcome: 'upheld' }, 'workflow.guard.objection_not_rejected'],
    ['objection', 'notice', {}, 'workflow.guard.objection_not_rejected'],
  ] as const)('%s → %s is blocked by %j', (from, to, ctx, code) => {
    const r = transition(from, to, ctx);
    expect(r.ok ? '' : r.error.code).toBe(code);
    expect(r.ok ? '' : r.error.zh).toContain(`不能从「${STATE_LABELS[from].zh}」转到「${STATE_LABELS[to].zh}」：`);
  });

  it('assertTransition throws the same error', () => {
    expect(() => assertTransition('scoring', 'initial_grade', {})).toThrow(XinpingError);
    expect(assertTransition('final', 'archived', {})).toBe('archived');
  });

  it('moveDossier returns a new dossier and leaves the old one alone', () => {
    const d: Dossier = { id: 'd', batchId: 'b', enterpriseId: 'e', evaluationType: 'enterprise', state: 'scoring', reviewerIds: ['r'], updatedAt: '2015-07-01T00:00:00.000Z' };
    const moved = moveDossier(d, 'initial_grade', { score: 91 }, '2015-07-02T00:00:00.000Z');
    expect(moved.ok && moved.value).toMatchObject({ state: 'initial_grade', updatedAt: '2015-07-02T00:00:00.000Z' });
    expect(d.state).toBe('scoring');
    expect(moveDossier(d, 'archived', everything, 'x').ok).toBe(false);
  });
});
