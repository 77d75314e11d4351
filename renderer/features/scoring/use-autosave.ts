import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ScoreSheet } from '../../../shared/model';
import { clearJournal, writeJournal, type JournalStorage } from './score-journal';

// The bound: a change reaches IndexedDB within 300 ms of the last keystroke.
export const AUTOSAVE_DELAY_MS = 300;

export type AutosaveState = {
  readonly status: 'idle' | 'pending' | 'saving' | 'saved' | 'failed';
  readonly savedAt: Date | null;
  /** localStorage refused the journal (full or disabled): a reload before the save would lose the edit. */
  readonly isJournalFailing: boolean;
};

/** The status lives outside React state, so saving never re-renders the whole sheet; only the status line subscribes. */
export type AutosaveStatusStore = {
  get(): AutosaveState;
  subscribe(listener: () => void): () => void;
};

export type Autosave = {
  readonly status: AutosaveStatusStore;
  /** Journals the sheet now and saves it to IndexedDB after the debounce. */
  schedule(sheet: ScoreSheet): void;
  /** Saves what is pending now; resolves when it is written (or rejects with the write's error). */
  flush(): Promise<void>;
  /** Forgets pending work (the sheet was submitted: a late draft save would be refused anyway). */
  cancel(): void;
};

function createStatusStore(): AutosaveStatusStore & { set(change: Partial<AutosaveState>): void } {
  let state: AutosaveState = { status: 'idle', savedAt: null, isJournalFailing: false };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(change) {
      const next = { ...state, ...change };
      if (next.status === state.status && next.savedAt === state.savedAt && next.isJournalFailing === state.isJournalFailing) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
  };
}

export function useAutosaveStatus(store: AutosaveStatusStore): AutosaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Debounced autosave with a synchronous journal: every edit goes to localStorage at once and
 * again on pagehide / beforeunload, so a reload mid-way replays it (see chooseDraft).
 */
export function useAutosave(save: (sheet: ScoreSheet) => Promise<void>, storage: JournalStorage = localStorage): Autosave {
  const [status] = useState(createStatusStore);
  const pending = useRef<ScoreSheet | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const run = useCallback(async (): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current.catch(() => undefined);
    const sheet = pending.current;
    if (sheet === null) return;
    pending.current = null;
    status.set({ status: 'saving' });
    const attempt = saveRef.current(sheet).then(
      () => {
        clearJournal(storage, sheet.id, sheet.updatedAt);
        status.set({ status: pending.current ? 'pending' : 'saved', savedAt: new Date() });
      },
      (error: unknown) => {
        // Keep the journal: the edit is not in IndexedDB yet. The shell already showed the write error.
        status.set({ status: 'failed' });
        throw error;
      },
    );
    running.current = attempt;
    try {
      await attempt;
    } finally {
      running.current = null;
    }
  }, [status, storage]);

  const schedule = useCallback(
    (sheet: ScoreSheet): void => {
      pending.current = sheet;
      status.set({ status: 'pending', isJournalFailing: !writeJournal(storage, sheet) });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run().catch(() => undefined), AUTOSAVE_DELAY_MS);
    },
    [run, status, storage],
  );

  const cancel = useCallback((): void => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  useEffect(() => {
    const onLeave = (): void => {
      if (pending.current) writeJournal(storage, pending.current);
      void run().catch(() => undefined);
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
      onLeave(); // leaving the tab or the sheet: save what is pending now
    };
  }, [run, storage]);

  return { status, schedule, flush: run, cancel };
}
