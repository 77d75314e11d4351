import { describe, expect, it } from 'vitest';
import { clearJournal, journalKey, readJournal, writeJournal, type JournalStorage } from '../../../renderer/features/scoring/score-journal';
import { newScoreSheet, patchEntry } from '../../../shared/score-sheet';

function memoryStorage(): JournalStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const T0 = new Date('2026-03-02T08:00:00.000Z');
const sheet = patchEntry(newScoreSheet('d1', '评审员甲', 'hash', T0), 'basic.history', { score: 2, comment: '经营 4 年' }, T0);

describe('the localStorage journal of the last edit', () => {
  it('reads back exactly what was written', () => {
    const storage = memoryStorage();
    expect(writeJournal(storage, sheet)).toBe(true);
    expect(readJournal(storage, sheet.id)).toEqual(sheet);
  });

  it.each([
    ['not JSON', '{"id":'],
    ['the wrong shape', JSON.stringify({ id: sheet.id, scores: 'lots' })],
    ['a score that is not a number', JSON.stringify({ ...sheet, scores: [{ indicatorId: 'x', score: '5' }] })],
    ['another sheet under this key', JSON.stringify({ ...sheet, id: 'someone-else' })],
  ])('treats %s as no journal', (_, raw) => {
    const storage = memoryStorage();
    storage.items.set(journalKey(sheet.id), raw);
    expect(readJournal(storage, sheet.id)).toBeNull();
  });

  it('says so when storage refuses the write (quota, private mode)', () => {
    const full: JournalStorage = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeJournal(full, sheet)).toBe(false);
  });

  it('keeps a journal newer than the save that finished, and drops one the save covered', () => {
    const storage = memoryStorage();
    const later = patchEntry(sheet, 'basic.history', { score: 3 }, T0);
    writeJournal(storage, later);
    clearJournal(storage, sheet.id, sheet.updatedAt);
    expect(readJournal(storage, sheet.id)).toEqual(later);
    clearJournal(storage, sheet.id, later.updatedAt);
    expect(readJournal(storage, sheet.id)).toBeNull();
  });
});
