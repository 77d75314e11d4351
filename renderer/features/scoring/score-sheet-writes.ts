// Saving, submitting and reopening a score sheet. Each runs inside write(), which refuses the
// operation by role first; the checks here guard the sheet itself (whose it is, whether it is locked).
import { userError, XinpingError } from '../../../shared/errors';
import type { Checklist } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { OPERATIONS } from '../../../shared/operations';
import { nextUpdatedAt } from '../../../shared/score-sheet';
import { submissionErrors } from '../../../shared/scoring';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor, type WriteScope } from '../../db/write';

const TABLES = ['scoreSheets'] as const;

function lockedError(sheet: ScoreSheet): XinpingError {
  return new XinpingError(
    userError('scoring.locked', `${sheet.reviewerId} 的评分表已提交并锁定，须由主管退回重评后才能修改`, `${sheet.reviewerId}'s score sheet is submitted and locked; a supervisor must reopen it first`, { field: 'status', path: sheet.id }),
  );
}

function notOwnError(sheet: ScoreSheet, actor: Actor): XinpingError {
  return new XinpingError(
    userError('scoring.not_own_sheet', `这是 ${sheet.reviewerId} 的评分表，${actor.actor} 不能修改`, `this is ${sheet.reviewerId}'s score sheet; ${actor.actor} cannot change it`, { path: sheet.id }),
  );
}

async function editable(scope: WriteScope, sheet: ScoreSheet, actor: Actor): Promise<void> {
  if (sheet.reviewerId !== actor.actor) throw notOwnError(sheet, actor);
  const stored = await scope.get('scoreSheets', sheet.id);
  if (stored?.status === 'submitted') throw lockedError(stored);
}

/** Puts the draft as it is; refused when the stored sheet is submitted or belongs to someone else. */
export function saveDraft(db: XinpingDb, actor: Actor, sheet: ScoreSheet): Promise<void> {
  return write(
    db,
    actor,
    OPERATIONS.saveScoreDraft,
    async (scope) => {
      await editable(scope, sheet, actor);
      await scope.put('scoreSheets', { ...sheet, status: 'draft' }, 'score.draft');
    },
    { tables: TABLES },
  );
}

/** Locks the sheet; refused while anything blocks submission (unscored items, missing evidence). */
export function submitSheet(db: XinpingDb, actor: Actor, list: Checklist, sheet: ScoreSheet, now: Date = new Date()): Promise<ScoreSheet> {
  return write(
    db,
    actor,
    OPERATIONS.submitScoreSheet,
    async (scope) => {
      await editable(scope, sheet, actor);
      const [first, ...rest] = submissionErrors(list, sheet);
      if (first) {
        const more = rest.length > 0 ? { zh: `（另有 ${rest.length} 项问题）`, en: ` (and ${rest.length} more)` } : { zh: '', en: '' };
        throw new XinpingError({ ...first, zh: `${first.zh}${more.zh}`, en: `${first.en}${more.en}` });
      }
      const at = nextUpdatedAt(sheet.updatedAt, now);
      const submitted: ScoreSheet = { ...sheet, status: 'submitted', submittedAt: at, updatedAt: at };
      await scope.put('scoreSheets', submitted, 'score.submit');
      return submitted;
    },
    { tables: TABLES },
  );
}

/** 退回重评: back to draft so its reviewer can change it (supervisor only, by OPERATIONS). */
export function reopenSheet(db: XinpingDb, actor: Actor, sheetId: string, now: Date = new Date()): Promise<void> {
  return write(
    db,
    actor,
    OPERATIONS.reopenScoreSheet,
    async (scope) => {
      const stored = await scope.get('scoreSheets', sheetId);
      if (stored?.status !== 'submitted') {
        throw new XinpingError(userError('scoring.not_submitted', '该评分表尚未提交，无需退回', 'this score sheet is not submitted; there is nothing to reopen', { path: sheetId }));
      }
      const { submittedAt: _submittedAt, ...rest } = stored;
      await scope.put('scoreSheets', { ...rest, status: 'draft', updatedAt: nextUpdatedAt(stored.updatedAt, now) }, 'score.reopen');
    },
    { tables: TABLES },
  );
}

/** The actor's own sheet for a dossier, found on the [dossierId+reviewerId] index. */
export async function findSheet(db: XinpingDb, dossierId: string, reviewerId: string): Promise<ScoreSheet | null> {
  return (await db.scoreSheets.where('[dossierId+reviewerId]').equals([dossierId, reviewerId]).first()) ?? null;
}
