// Editing one reviewer's score sheet: immutable edits, typed-score parsing, the live outcome
// (total + grade with caps and vetoes) and which copy of a draft wins after a reload.
import { indicatorMaxScore, type AdjustmentItem, type Checklist, type Indicator } from './checklist';
import { err, ok, userError, XinpingError, type Result, type UserError } from './errors';
import { gradeFor, type GradeOutcome, type GradeScale } from './grade-scale';
import type { Id, IndicatorScore, ScoreSheet } from './model';
import { scoreSheet, type SheetScore } from './scoring';

export type EntryPatch = Partial<Omit<IndicatorScore, 'indicatorId'>>;

/** One sheet per (dossier, reviewer): a stable id means two windows can never create two sheets. */
export function scoreSheetId(dossierId: Id, reviewerId: string): Id {
  return `${dossierId}::${reviewerId}`;
}

export function newScoreSheet(dossierId: Id, reviewerId: string, checklistHash: string, now: Date): ScoreSheet {
  return { id: scoreSheetId(dossierId, reviewerId), dossierId, reviewerId, checklistHash, scores: [], triggeredVetoIds: [], status: 'draft', updatedAt: now.toISOString() };
}

/** Strictly after `previous`, so the newest edit always compares newer than the last save. */
export function nextUpdatedAt(previous: string, now: Date): string {
  const last = Date.parse(previous);
  return new Date(Number.isFinite(last) ? Math.max(now.getTime(), last + 1) : now.getTime()).toISOString();
}

export function entryOf(sheet: Pick<ScoreSheet, 'scores'>, indicatorId: Id): IndicatorScore | undefined {
  return sheet.scores.find((s) => s.indicatorId === indicatorId);
}

function cleanEntry(entry: IndicatorScore): IndicatorScore {
  const { indicatorId, score, isNotApplicable, comment, evidenceIds } = entry;
  return {
    indicatorId,
    score,
    ...(isNotApplicable ? { isNotApplicable: true } : {}),
    ...(comment ? { comment } : {}),
    ...(evidenceIds && evidenceIds.length > 0 ? { evidenceIds: [...new Set(evidenceIds)] } : {}),
  };
}

/** The sheet with one indicator's (or adjustment's) entry changed; N/A clears the score. */
export function patchEntry(sheet: ScoreSheet, indicatorId: Id, patch: EntryPatch, now: Date): ScoreSheet {
  const before = entryOf(sheet, indicatorId) ?? { indicatorId, score: null };
  const merged = cleanEntry({ ...before, ...patch, indicatorId });
  const entry = merged.isNotApplicable ? { ...merged, score: null } : merged;
  const exists = sheet.scores.some((s) => s.indicatorId === indicatorId);
  const scores = exists ? sheet.scores.map((s) => (s.indicatorId === indicatorId ? entry : s)) : [...sheet.scores, entry];
  return { ...sheet, scores, updatedAt: nextUpdatedAt(sheet.updatedAt, now) };
}

export function setVeto(sheet: ScoreSheet, vetoId: Id, isTriggered: boolean, now: Date): ScoreSheet {
  const others = sheet.triggeredVetoIds.filter((id) => id !== vetoId);
  return { ...sheet, triggeredVetoIds: isTriggered ? [...others, vetoId] : others, updatedAt: nextUpdatedAt(sheet.updatedAt, now) };
}

export type ScoredItem = Pick<Indicator, 'name' | 'nameEn'> & { readonly max: number };

export function indicatorItem(indicator: Indicator): ScoredItem {
  return { name: indicator.name, nameEn: indicator.nameEn, max: indicatorMaxScore(indicator) };
}

export function adjustmentItem(item: AdjustmentItem): ScoredItem {
  return { name: item.name, nameEn: item.nameEn, max: item.maxPoints };
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E]/gu;
const NUMBER = /^(\d*)(?:\.(\d*))?$/u;

/**
 * What the user typed into a score box: empty → null (unscored); a number 0…max with at most
 * one decimal → that number; anything else → an error naming the item, the input and the range.
 * Full-width digits and "。" (Chinese keyboards) count as digits and ".".
 */
export function parseScoreInput(text: string, item: ScoredItem): Result<number | null> {
  const typed = text.trim().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/。/gu, '.');
  if (typed === '') return ok(null);
  const match = NUMBER.exec(typed);
  const label = { zh: `“${item.name}”`, en: `"${item.nameEn ?? item.name}"` };
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
    return err(userError('scoring.input_not_number', `${label.zh}的得分须为数字，“${text}”不是数字`, `the score for ${label.en} must be a number; "${text}" is not`, { field: item.name }));
  }
  if ((match[2] ?? '').length > 1) {
    return err(userError('scoring.input_precision', `${label.zh}的得分最多保留一位小数（输入为“${text}”）`, `the score for ${label.en} has at most one decimal (typed "${text}")`, { field: item.name }));
  }
  const value = Number(typed);
  if (value > item.max) {
    return err(userError('scoring.input_out_of_range', `${label.zh}满分 ${item.max} 分，输入的 ${text} 超出 0–${item.max}，未采用`, `${label.en} scores 0–${item.max}; ${text} is out of range and was not accepted`, { field: item.name }));
  }
  return ok(value);
}

export type SheetOutcome =
  | { readonly ok: true; readonly score: SheetScore; readonly grade: GradeOutcome }
  | { readonly ok: false; readonly errors: readonly UserError[] };

/** Live total and grade of a (possibly incomplete) sheet, with the checklist's raised vetoes applied. */
export function sheetOutcome(list: Checklist, scale: GradeScale, sheet: Pick<ScoreSheet, 'scores' | 'triggeredVetoIds'>): SheetOutcome {
  const scored = scoreSheet(list, sheet);
  if (!scored.ok) return { ok: false, errors: scored.error };
  const vetoes = list.vetoItems.filter((v) => sheet.triggeredVetoIds.includes(v.id));
  try {
    const grade = gradeFor(scored.value.unrounded, { scale, keyIndicatorsFull: scored.value.keyIndicatorsFull, vetoes });
    return { ok: true, score: scored.value, grade };
  } catch (error) {
    if (error instanceof XinpingError) return { ok: false, errors: [error.detail] };
    throw error;
  }
}

export type DraftChoice = { readonly sheet: ScoreSheet; readonly isReplayed: boolean };

/**
 * After a reload: the journal (last edit, written synchronously) wins over the stored draft when
 * it is newer; a submitted sheet always wins, so a stale journal never reopens it.
 */
export function chooseDraft(stored: ScoreSheet | null, journal: ScoreSheet | null, fresh: ScoreSheet): DraftChoice {
  const base = stored ?? fresh;
  if (journal === null || journal.id !== base.id || base.status === 'submitted' || journal.status !== 'draft') return { sheet: base, isReplayed: false };
  if (stored !== null && journal.updatedAt <= stored.updatedAt) return { sheet: base, isReplayed: false };
  return { sheet: { ...journal, checklistHash: base.checklistHash }, isReplayed: true };
}
