import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { GradeScale } from '../../../shared/grade-scale';
import { DOSSIER_STATES } from '../../../shared/workflow';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { batchKeyCache, StaleRead, type BatchKeyCache, type KeySnapshot, type Shown } from './key-cache';
import type { KeyList } from './key-plan';
import { resolveKeys } from './resolve-keys';
import { useLiveRows } from './use-live-rows';
import { appRowCache } from './row-cache';
import { hasFilters, type TableFilters, type TableSort } from './table-query';

// The rows a virtualised table needs: every matching key in order (from the batch's key cache),
// and only the rows of the visible window (+ overscan) read from IndexedDB, live.

export type DossierWindow = {
  /** Matching dossiers; undefined until known. */
  readonly total: number | undefined;
  readonly batchTotal: number | undefined;
  /** Matching keys (dossier ids) in order, as far as known; undefined before the first read. */
  readonly keys: KeyList | undefined;
  /** Rows read so far, by id: those of the visible window at least. */
  readonly rows: ReadonlyMap<string, DossierRow>;
  /** The current sort, filters and search are still being answered. */
  readonly isLoading: boolean;
  /** The keys shown answer an earlier sort, filters or search. */
  readonly isStale: boolean;
  /** Every list the table may need is read: filter, sort and search answer from memory. */
  readonly isWarm: boolean;
  readonly error: Error | undefined;
};

type Range = { readonly start: number; readonly end: number };

const HEAD = 60;
const BLOCK = 30;
/** The rows a fresh answer reads first: the blocks around the top of the grid. */
const FIRST_SCREEN = 2 * BLOCK;
const READ_AHEAD_PAUSE = 1500;

export function useDossierWindow(batchId: string, sort: TableSort, filters: TableFilters, scale: GradeScale | undefined, visible: Range): DossierWindow {
  const cache = useMemo(() => batchKeyCache(db, batchId), [batchId]);
  const loaded = useSyncExternalStore(cache.subscribe, cache.snapshot);
  const [error, setError] = useState<Error>();
  const resolution = useMemo(() => resolveKeys(cache, loaded, sort, filters, scale), [cache, loaded, sort, filters, scale]);
  const isReady = resolution.kind === 'ready';
  // Unfiltered and not yet resolved, the first rows come straight off the sort index.
  const isHeadPath = !isReady && !hasFilters(filters);
  const head = useHead(cache, sort, isHeadPath);
  const headKeys = useMemo(() => head.rows?.map((row) => row.id), [head.rows]);
  const count = loaded.count();

  // The answer to show, once its first visible rows are read; until then the last answer shown
  // stays on screen (one render when it changes, no flash of empty rows in between).
  const target = isReady ? resolution.keys : headKeys;
  const { rows, error: rowsError } = useWindowRows(target, visible, head.rows);
  const first = target?.[Math.min(visible.start, target.length - 1)];
  const isTargetIn = target !== undefined && (target.length === 0 || (first !== undefined && rows.has(first)));
  const targetTotal = isReady ? resolution.keys.length : count;
  const batchTotal = isReady ? resolution.batchTotal : count;
  const shown = cache.lastShown();
  const display = useMemo((): Shown | undefined => {
    const answer = target === undefined ? undefined : { keys: target, rows, total: targetTotal, batchTotal };
    return isTargetIn ? answer : (shown ?? answer);
  }, [target, rows, targetTotal, batchTotal, isTargetIn, shown]);
  useEffect(() => {
    if (isTargetIn && display) cache.rememberShown(display);
  }, [cache, isTargetIn, display]);

  // Requests are served in turn: the lists wait until the first rows are on screen.
  const mayLoad = !isHeadPath || head.isFailed || isTargetIn;
  // Asked for while rendering (cached and idempotent, like the head and the rows), so a search's
  // index read is on its way before React commits the render that shows it is loading.
  const loads = useMemo(() => {
    if (!mayLoad || resolution.kind !== 'waiting') return undefined;
    if (isHeadPath && count === undefined) cache.count('now').catch(() => undefined); // the full read below reports failures
    const all = Promise.all(resolution.load(isHeadPath ? 'warm' : 'now'));
    all.catch(() => undefined); // handled in the effect below, once committed
    return all;
  }, [cache, resolution, mayLoad, isHeadPath, count]);
  useEffect(() => {
    loads?.catch((cause: unknown) => reportUnlessStale(cause, setError));
  }, [loads]);
  useEffect(() => {
    if (isReady) warm(cache, scale).catch((cause: unknown) => reportUnlessStale(cause, setError));
  }, [cache, isReady, scale]);
  const isAllLoaded = isReady && isWarm(loaded);
  useEffect(() => {
    if (!isAllLoaded) return undefined;
    const run = { isCancelled: false };
    // After a pause: the next click right after a sort should not queue behind the read-ahead.
    const timer = setTimeout(() => readAheadFilters(cache, sort, scale, run).catch((cause: unknown) => reportUnlessStale(cause, setError)), READ_AHEAD_PAUSE);
    return () => {
      clearTimeout(timer);
      run.isCancelled = true;
    };
  }, [cache, isAllLoaded, sort, scale]);

  return {
    total: display?.total,
    batchTotal: display?.batchTotal,
    keys: display?.keys,
    rows: display?.rows ?? rows,
    isLoading: !isTargetIn,
    // Dimmed only when what is shown answers another question (not while scrolling one answer).
    isStale: !isTargetIn && display !== undefined && display.keys !== target && target !== undefined,
    isWarm: isAllLoaded,
    error: error ?? rowsError,
  };
}

type Head = { readonly rows: readonly DossierRow[] | undefined; readonly isFailed: boolean };

/** First paint of a big batch: the first rows straight off the sort index, before any list is cached. */
function useHead(cache: BatchKeyCache, sort: TableSort, isWanted: boolean): Head {
  // Asked for while rendering, like useLiveQuery does, so the read is queued before the effects'
  // reads of the rest of the page; the cache makes asking again (StrictMode, re-render) free.
  const pending = isWanted ? cache.head(sort.field, sort.dir, HEAD) : undefined;
  const [head, setHead] = useState<{ pending: Promise<readonly DossierRow[]>; rows: readonly DossierRow[] | undefined }>();
  useEffect(() => {
    if (pending === undefined) return;
    let isCurrent = true;
    // A failed head read is only a slower start: the full read that follows reports the failure.
    pending.then(
      (rows) => isCurrent && setHead({ pending, rows }),
      () => isCurrent && setHead({ pending, rows: undefined }),
    );
    return () => {
      isCurrent = false;
    };
  }, [pending]);
  const isCurrent = pending !== undefined && head?.pending === pending;
  return { rows: isCurrent ? head.rows : undefined, isFailed: isCurrent && head.rows === undefined };
}

/** The rows of the blocks covering the visible range, once read (and the seed rows meanwhile). */
function useWindowRows(keys: KeyList | undefined, visible: Range, seed: readonly DossierRow[] | undefined): { rows: ReadonlyMap<string, DossierRow>; error: Error | undefined } {
  const from = Math.max(0, Math.floor((visible.start - BLOCK / 2) / BLOCK) * BLOCK);
  const to = Math.ceil((visible.end + BLOCK / 2) / BLOCK) * BLOCK;
  const windowKeys = useMemo(() => keys?.slice(from, to) ?? [], [keys, from, to]);
  // No read for no keys: every request waits its turn behind the others.
  const { rows: current, error } = useLiveRows(windowKeys);
  // The live rows win over the seed (the first screen, read before the window's rows).
  const rows = useMemo(() => new Map([...(seed ?? []), ...(current ?? [])].map((row) => [row.id, row])), [seed, current]);
  return { rows, error };
}

async function warm(cache: BatchKeyCache, scale: GradeScale | undefined): Promise<void> {
  await cache.partition('state', 'warm');
  await Promise.all([cache.walk('score', 'warm'), cache.partition('grade', 'warm'), cache.partition('region', 'warm'), cache.walk('enterpriseName', 'warm'), cache.walk('creditCode', 'warm')]);
  // Derive each sort order once while the user is still reading, not on their first click.
  const loaded = cache.snapshot();
  for (const field of ['score', 'grade', 'state', 'region', 'creditCode', 'enterpriseName'] as const) {
    for (const dir of ['asc', 'desc'] as const) await firstScreen(cache, loaded, { field, dir }, { search: '' }, scale);
  }
}

/** The first screen of each one-click filter in the current order, read ahead (stops when the order changes). */
async function readAheadFilters(cache: BatchKeyCache, sort: TableSort, scale: GradeScale | undefined, run: { isCancelled: boolean }): Promise<void> {
  const loaded = cache.snapshot();
  const answers: TableFilters[] = [];
  const states = loaded.partition('state');
  for (const state of DOSSIER_STATES) if (states?.has(state)) answers.push({ search: '', state });
  for (const grade of scale?.grades.map((g) => g.name) ?? loaded.partition('grade')?.keys() ?? []) answers.push({ search: '', grade });
  for (const region of loaded.partition('region')?.keys() ?? []) answers.push({ search: '', region });
  for (const filters of answers) {
    if (run.isCancelled) return;
    await firstScreen(cache, loaded, sort, filters, scale);
  }
}

/** Derives an answer's order (kept) and reads its first screen of rows into memory. */
async function firstScreen(cache: BatchKeyCache, loaded: KeySnapshot, sort: TableSort, filters: TableFilters, scale: GradeScale | undefined): Promise<void> {
  // Yield between answers: this runs while the user reads the table.
  await new Promise((done) => setTimeout(done, 0));
  const answer = resolveKeys(cache, loaded, sort, filters, scale);
  if (answer.kind === 'ready') await appRowCache(db).prefetch(answer.keys.slice(0, FIRST_SCREEN));
}

function isWarm(loaded: KeySnapshot): boolean {
  return (['state', 'grade', 'region'] as const).every((f) => loaded.partition(f)) && (['score', 'enterpriseName', 'creditCode'] as const).every((f) => loaded.walk(f));
}

function reportUnlessStale(cause: unknown, report: (error: Error) => void): void {
  // A stale read is followed by a fresh one; anything else is shown to the user.
  if (!(cause instanceof StaleRead)) report(cause instanceof Error ? cause : new Error(String(cause)));
}
