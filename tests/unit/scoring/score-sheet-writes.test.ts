import { afterEach, describe, expect, it } from 'vitest';
import { findSheet, reopenSheet, saveDraft, submitSheet } from '../../../renderer/features/scoring/score-sheet-writes';
import type { XinpingDb } from '../../../renderer/db/schema';
import { onWriteError, type Actor } from '../../../renderer/db/write';
import { checklistHash, indicatorMaxScore, listIndicators } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { defaultChecklist } from '../../../shared/resources';
import { newScoreSheet, patchEntry } from '../../../shared/score-sheet';
import { openTestDb, staff } from '../db/helpers';

const reviewer: Actor = { actor: '评审员甲', role: 'reviewer' };
const supervisor: Actor = { actor: '主管', role: 'supervisor' };
const T0 = new Date('2026-03-02T08:00:00.000Z');

let db: XinpingDb;
let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  db.close();
});

const draft = (): ScoreSheet => patchEntry(newScoreSheet('d1', reviewer.actor, checklistHash(defaultChecklist), T0), 'basic.history', { score: 2 }, T0);

function complete(): ScoreSheet {
  return listIndicators(defaultChecklist).reduce(
    (sheet, { indicator }) => patchEntry(sheet, indicator.id, { score: indicatorMaxScore(indicator), evidenceIds: indicator.requiredEvidence.map((_, i) => `att-${i}`) }, T0),
    draft(),
  );
}

function failures(): string[] {
  const codes: string[] = [];
  stop = onWriteError((failure) => codes.push(failure.error.code));
  return codes;
}

describe('score sheet writes', () => {
  it('saves a reviewer draft, found again on the [dossierId+reviewerId] index, and audits it', async () => {
    db = openTestDb();
    await saveDraft(db, reviewer, draft());
    expect(await findSheet(db, 'd1', reviewer.actor)).toMatchObject({ status: 'draft', scores: [{ indicatorId: 'basic.history', score: 2 }] });
    expect(await findSheet(db, 'd1', '评审员乙')).toBeNull();
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ action: 'score.draft', entity: 'scoreSheets', actor: '评审员甲' });
  });

  it('refuses staff saving scores, and anyone saving a sheet that is not theirs', async () => {
    db = openTestDb();
    const codes = failures();
    await expect(saveDraft(db, staff, draft())).rejects.toThrow();
    await expect(saveDraft(db, supervisor, draft())).rejects.toThrow();
    expect(codes).toEqual(['role.refused', 'scoring.not_own_sheet']);
    expect(await db.scoreSheets.count()).toBe(0);
  });

  it('refuses to submit while an indicator is unscored or lacks evidence, naming the first and counting the rest', async () => {
    db = openTestDb();
    const attempt = submitSheet(db, reviewer, defaultChecklist, draft(), T0);
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'scoring.unscored' } });
    await expect(attempt).rejects.toThrow(/and 18 more/);
    const noEvidence = patchEntry(complete(), 'basic.qualification', { evidenceIds: ['att-0'] }, T0);
    await expect(submitSheet(db, reviewer, defaultChecklist, noEvidence, T0)).rejects.toMatchObject({ detail: { code: 'scoring.evidence_missing', zh: expect.stringContaining('已附 1 份，需 3 份') } });
  });

  it('locks a submitted sheet: later draft saves are refused until a supervisor reopens it', async () => {
    db = openTestDb();
    const codes = failures();
    const submitted = await submitSheet(db, reviewer, defaultChecklist, complete(), new Date('2026-03-02T09:00:00.000Z'));
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: '2026-03-02T09:00:00.000Z' });
    await expect(saveDraft(db, reviewer, complete())).rejects.toThrow();
    await expect(reopenSheet(db, staff, submitted.id)).rejects.toThrow(/supervisor/);
    await expect(reopenSheet(db, reviewer, submitted.id)).rejects.toThrow(/supervisor/);
    expect(codes).toEqual(['scoring.locked', 'role.refused', 'role.refused']);
    expect((await findSheet(db, 'd1', reviewer.actor))?.status).toBe('submitted');

    await reopenSheet(db, supervisor, submitted.id);
    const reopened = await findSheet(db, 'd1', reviewer.actor);
    expect(reopened?.status).toBe('draft');
    expect(reopened?.submittedAt).toBeUndefined();
    expect(reopened?.scores).toEqual(submitted.scores);
    await saveDraft(db, reviewer, { ...complete(), updatedAt: '2026-03-02T10:00:00.000Z' });
    const actions = (await db.audit.orderBy('seq').toArray()).map((e) => `${e.action}:${e.actor}`);
    expect(actions).toEqual(['score.submit:评审员甲', 'score.reopen:主管', 'score.draft:评审员甲']);
  });

  it('refuses to reopen a sheet that is not submitted', async () => {
    db = openTestDb();
    await saveDraft(db, reviewer, draft());
    await expect(reopenSheet(db, supervisor, draft().id)).rejects.toMatchObject({ detail: { code: 'scoring.not_submitted' } });
  });
});
