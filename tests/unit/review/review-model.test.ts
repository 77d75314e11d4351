import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/lifecycle/types';
import type { DossierState, Role } from '../../../shared/model';
import { actionsFor, approvable, assignable, sheetSummary, statesOf, type ActionContext } from '../../../renderer/features/review/review-model';
import { fullSheet } from '../lifecycle/fixtures';

const at = '2015-07-01T00:00:00.000Z';
const proposed: Assessment = { dossierId: 'd', batchId: 'b', rescoreRequests: [], updatedAt: at, proposal: { score: 92, grade: 'AAA', scoreGrade: 'AAA', reasons: [], source: 'consolidation' } };
const approved: Assessment = { ...proposed, approval: { by: '主管', at, grade: 'AAA', score: 92 } };
const excluded: Assessment = { ...proposed, exclusion: { by: '主管', at, reason: '撤回' } };
const vetoed: Assessment = { ...proposed, proposal: { score: 92, grade: null, scoreGrade: 'AAA', reasons: [], source: 'consolidation' } };

function ctx(state: DossierState, role: Role, extra: Partial<ActionContext> = {}): ActionContext {
  return { state, role, actor: role === 'reviewer' ? '评审员甲' : '主管', reviewerIds: [], batchStatus: 'open', assessment: undefined, sheetCount: 0, hasScreenings: false, ...extra };
}

describe('actions on the review page', () => {
  it.each([
    ['applied', 'staff', {}, ['screen', 'history']],
    ['applied', 'reviewer', {}, ['history']],
    ['returned', 'staff', {}, ['resubmit', 'history']],
    ['screened', 'supervisor', {}, ['assign', 'exclude', 'history']],
    ['screened', 'staff', {}, ['history']],
    ['scoring', 'reviewer', { reviewerIds: ['评审员甲'], sheetCount: 1 }, ['score', 'history']],
    ['scoring', 'reviewer', { reviewerIds: ['评审员乙'], sheetCount: 1 }, ['history']],
    ['scoring', 'supervisor', { reviewerIds: ['评审员甲'], sheetCount: 1 }, ['assign', 'consolidate', 'exclude', 'history']],
    ['scoring', 'staff', { reviewerIds: ['评审员甲'], sheetCount: 1 }, ['consolidate', 'history']],
    ['initial_grade', 'supervisor', { assessment: proposed, sheetCount: 2 }, ['consolidate', 'approve', 'exclude', 'history']],
    ['initial_grade', 'supervisor', { assessment: approved, sheetCount: 2 }, ['consolidate', 'exclude', 'history']],
    ['initial_grade', 'supervisor', { assessment: vetoed, sheetCount: 2 }, ['consolidate', 'exclude', 'history']],
    ['initial_grade', 'supervisor', { assessment: excluded, sheetCount: 2 }, ['consolidate', 'reinstate', 'history']],
    ['notice', 'supervisor', { batchStatus: 'notice', assessment: approved }, ['exclude', 'history']],
    ['final', 'supervisor', { batchStatus: 'final', assessment: approved }, ['history']],
  ] as const)('%s as %s', (state, role, extra, expected) => {
    expect(actionsFor(ctx(state, role, { hasScreenings: true, ...extra }))).toEqual(expected);
  });

  it('offers reinstatement only before the notice starts', () => {
    expect(actionsFor(ctx('initial_grade', 'supervisor', { assessment: excluded, batchStatus: 'notice' }))).not.toContain('reinstate');
  });
});

describe('bulk actions and figures', () => {
  it('approves together only dossiers that each can be approved', () => {
    expect(approvable([{ state: 'initial_grade', assessment: proposed }, { state: 'initial_grade', assessment: proposed }])).toBe(true);
    expect(approvable([{ state: 'initial_grade', assessment: proposed }, { state: 'initial_grade', assessment: approved }])).toBe(false);
    expect(approvable([{ state: 'initial_grade', assessment: vetoed }])).toBe(false);
    expect(approvable([{ state: 'scoring', assessment: proposed }])).toBe(false);
    expect(approvable([])).toBe(false);
  });

  it('assigns together only dossiers that passed first review or are being scored', () => {
    expect(assignable([{ state: 'screened', assessment: undefined }, { state: 'scoring', assessment: undefined }])).toBe(true);
    expect(assignable([{ state: 'screened', assessment: undefined }, { state: 'applied', assessment: undefined }])).toBe(false);
    expect(assignable([{ state: 'scoring', assessment: excluded }])).toBe(false);
  });

  it('counts only the assigned reviewers’ sheets', () => {
    const sheets = [{ ...fullSheet('d', '评审员甲'), status: 'submitted' as const }, { ...fullSheet('d', '评审员乙'), status: 'draft' as const }, { ...fullSheet('d', '前任评审员'), status: 'submitted' as const }];
    expect(sheetSummary(['评审员甲', '评审员乙', '评审员丙'], sheets)).toEqual({ submitted: 1, draft: 1, assigned: 3 });
  });

  it('filters by stage through the workflow states', () => {
    expect(statesOf('all')).toBeNull();
    expect(statesOf('published')).toEqual(['notice', 'objection', 'final', 'archived']);
  });
});
