// A synchronous copy of the latest edit in localStorage: IndexedDB writes are asynchronous and
// may not finish when the page unloads, localStorage.setItem always does.
import { z } from 'zod';
import type { ScoreSheet } from '../../../shared/model';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'xinping.score-journal.';

const entrySchema = z.object({
  indicatorId: z.string(),
  score: z.number().nullable(),
  isNotApplicable: z.boolean().optional(),
  comment: z.string().optional(),
  evidenceIds: z.array(z.string()).optional(),
});

// The journal is our own writing, but a browser extension, a crash mid-write or an old build may have left anything there.
const sheetSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  reviewerId: z.string(),
  checklistHash: z.string(),
  scores: z.array(entrySchema),
  triggeredVetoIds: z.array(z.string()),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().optional(),
  updatedAt: z.string(),
}) satisfies z.ZodType<ScoreSheet>;

export function journalKey(sheetId: string): string {
  return PREFIX + sheetId;
}

/** The journalled sheet, or null when there is none or it cannot be read back. */
export function readJournal(storage: JournalStorage, sheetId: string): ScoreSheet | null {
  const raw = storage.getItem(journalKey(sheetId));
  if (raw === null) return null;
  try {
    const parsed = sheetSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.id === sheetId ? parsed.data : null;
  } catch {
    return null; // not JSON: nothing recoverable, the stored draft stands
  }
}

/** Writes the edit; false when storage refused it (full or disabled) — the Dexie save still runs. */
export function writeJournal(storage: JournalStorage, sheet: ScoreSheet): boolean {
  try {
    storage.setItem(journalKey(sheet.id), JSON.stringify(sheet));
    return true;
  } catch {
    return false;
  }
}

/** Drops the journal once a save at least as new as it has reached IndexedDB. */
export function clearJournal(storage: JournalStorage, sheetId: string, savedUpTo?: string): void {
  const journal = readJournal(storage, sheetId);
  if (savedUpTo !== undefined && journal !== null && journal.updatedAt > savedUpTo) return;
  storage.removeItem(journalKey(sheetId));
}
