import { useCallback, useEffect, useRef, useState } from 'react';
import { canonicalJson } from '../../../shared/canonical';
import type { ScoreSheet } from '../../../shared/model';
import { patchEntry, setVeto, type DraftChoice, type EntryPatch } from '../../../shared/score-sheet';
import { useAutosave, type Autosave } from './use-autosave';

export type SheetEditor = {
  readonly sheet: ScoreSheet;
  readonly autosave: Autosave;
  patch(indicatorId: string, patch: EntryPatch): void;
  toggleVeto(vetoId: string, isTriggered: boolean): void;
};

const sameContent = (a: ScoreSheet, b: ScoreSheet): boolean =>
  canonicalJson([a.scores, a.triggeredVetoIds]) === canonicalJson([b.scores, b.triggeredVetoIds]);

/** The sheet being edited: every change is journalled at once and saved to IndexedDB shortly after. */
export function useSheetEditor(initial: DraftChoice, save: (sheet: ScoreSheet) => Promise<void>): SheetEditor {
  const [sheet, setSheet] = useState(initial.sheet);
  const latest = useRef(initial.sheet);
  const autosave = useAutosave(save);
  const { schedule } = autosave;

  // A replayed journal is not in IndexedDB yet: save it now rather than on the next keystroke.
  useEffect(() => {
    if (initial.isReplayed) schedule(initial.sheet);
  }, [initial, schedule]);

  const change = useCallback(
    (edit: (current: ScoreSheet) => ScoreSheet): void => {
      const next = edit(latest.current);
      if (sameContent(next, latest.current)) return;
      latest.current = next;
      setSheet(next);
      schedule(next);
    },
    [schedule],
  );

  // Stable callbacks: the memoised indicator cards re-render only when their own entry changes.
  const patch = useCallback((indicatorId: string, edit: EntryPatch) => change((current) => patchEntry(current, indicatorId, edit, new Date())), [change]);
  const toggleVeto = useCallback((vetoId: string, isTriggered: boolean) => change((current) => setVeto(current, vetoId, isTriggered, new Date())), [change]);
  return { sheet, autosave, patch, toggleVeto };
}
