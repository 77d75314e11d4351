import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { GradeScale } from '../../../shared/grade-scale';
import { db } from '../../db';
import { dossierRows } from '../../db/queries';
import type { DossierRow } from '../../db/rows';
import { batchKeyCache, StaleRead, type BatchKeyCache, type KeySnapshot } from './key-cache';
import type { KeyList } from './key-plan';
import { resolveKeys } from './resolve-keys';
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
const BLOCK = 50;
const ROWS_KEPT = 4000;

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

  // While a new answer is read, the previous one stays on screen (dimmed), never an empty grid.
  const [previous, setPrevious] = useState<{ batchId: string; keys: KeyList }>();
  if (resolution.kind === 'ready' && previous?.keys !== resolution.keys) setPrevious({ batchId, keys: resolution.keys });
  const fallback = previous?.batchId === batchId ? previous.keys : undefined;
  const keys = resolution.kind === 'ready' ? resolution.keys : (headKeys ?? fallback);
  const isStale = resolution.kind !== 'ready' && headKeys === undefined && fallback !== undefined;
  const rows = useWindowRows(keys, visible, head.rows);
  const first = keys?.[Math.min(visible.start, keys.length - 1)];
  const isFirstRowIn = keys?.length === 0 || (first !== undefined && rows.has(first));
  // Requests are served in turn: the lists wait until the first rows are on screen.
  const mayLoad = !isHeadPath || head.isFailed || (headKeys !== undefined && isFirstRowIn);
  const count = loaded.count();

  useEffect(() => {
    if (!mayLoad || resolution.kind !== 'waiting') return;
    if (isHeadPath && count === undefined) cache.count('now').catch(() => undefined); // the full read below reports failures
    Promise.all(resolution.load(isHeadPath ? 'warm' : 'now')).catch((cause: unknown) => reportUnlessStale(cause, setError));
  }, [cache, resolution, mayLoad, isHeadPath, count]);
  useEffect(() => {
    if (isReady) warm(cache).catch((cause: unknown) => reportUnlessStale(cause, setError));
  }, [cache, isReady]);

  const total = resolution.kind === 'ready' ? resolution.keys.length : headKeys !== undefined ? count : undefined;
  return {
    total,
    batchTotal: resolution.kind === 'ready' ? resolution.batchTotal : count,
    keys,
    rows,
    // Unfiltered, the first rows off the index are the answer; only the total may follow later.
    isLoading: !isFirstRowIn || (!isReady && headKeys === undefined),
    isStale,
    isWarm: isReady && isWarm(loaded),
    error,
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

/** The rows of the blocks covering the visible range, kept by id so scrolling back is instant. */
function useWindowRows(keys: KeyList | undefined, visible: Range, seed: readonly DossierRow[] | undefined): ReadonlyMap<string, DossierRow> {
  const from = Math.max(0, Math.floor((visible.start - BLOCK / 2) / BLOCK) * BLOCK);
  const to = Math.ceil((visible.end + BLOCK / 2) / BLOCK) * BLOCK;
  const windowKeys = useMemo(() => keys?.slice(from, to) ?? [], [keys, from, to]);
  // No read for no keys: every request waits its turn behind the others.
  const fetched = useLiveQuery(() => (windowKeys.length === 0 ? [] : dossierRows(db, windowKeys)), [windowKeys]);
  const [known, setKnown] = useState<{ fetched: unknown; seed: unknown; rows: ReadonlyMap<string, DossierRow> }>({ fetched: undefined, seed: undefined, rows: new Map() });
  if (fetched !== known.fetched || seed !== known.seed) {
    // Bounded: a long scroll through 100,000 rows keeps only recent windows. Live rows win over the seed.
    const rows = new Map(known.rows.size > ROWS_KEPT ? [] : known.rows);
    if (seed !== known.seed) for (const row of seed ?? []) if (!rows.has(row.id)) rows.set(row.id, row);
    for (const row of fetched ?? []) rows.set(row.id, row);
    setKnown({ fetched, seed, rows });
  }
  return known.rows;
}

async function warm(cache: BatchKeyCache): Promise<void> {
  await cache.partition('state', 'warm');
  await Promise.all([cache.walk('score', 'warm'), cache.partition('grade', 'warm'), cache.partition('region', 'warm'), cache.walk('enterpriseName', 'warm'), cache.walk('creditCode', 'warm')]);
}

function isWarm(loaded: KeySnapshot): boolean {
  return (['state', 'grade', 'region'] as const).every((f) => loaded.partition(f)) && (['score', 'enterpriseName', 'creditCode'] as const).every((f) => loaded.walk(f));
}

function reportUnlessStale(cause: unknown, report: (error: Error) => void): void {
  // A stale read is followed by a fresh one; anything else is shown to the user.
  if (!(cause instanceof StaleRead)) report(cause instanceof Error ? cause : new Error(String(cause)));
}
