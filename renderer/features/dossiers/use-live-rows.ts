import { Dexie, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import type { KeyList } from './key-plan';
import { appRowCache } from './row-cache';

// The rows of one window of keys, kept live. Not useLiveQuery: that starts its read after React
// commits (~40 ms at 100,000 dossiers on a busy machine); this one starts while rendering, like
// a cached resource, and reads again when a write touches one of the rows. Rows already in
// memory (row-cache.ts) are returned in the same render.

const pending = new WeakMap<KeyList, { version: number; rows: Promise<readonly DossierRow[]> }>();

function readRows(keys: KeyList, version: number): Promise<readonly DossierRow[]> {
  const known = pending.get(keys);
  if (known?.version === version) return known.rows;
  // No read for no keys: every request waits its turn behind the others.
  const rows = keys.length === 0 ? Promise.resolve([]) : appRowCache(db).read(keys);
  pending.set(keys, { version, rows });
  return rows;
}

/** The rows for `keys` once read (undefined before), re-read after a write to any of them. */
export function useLiveRows(keys: KeyList): { readonly rows: readonly DossierRow[] | undefined; readonly error: Error | undefined } {
  const [version, setVersion] = useState(0);
  const hit = appRowCache(db).cached(keys);
  const request = hit === undefined ? readRows(keys, version) : undefined;
  const [result, setResult] = useState<{ request: Promise<readonly DossierRow[]>; rows?: readonly DossierRow[]; error?: Error }>();
  useEffect(() => {
    if (request === undefined) return;
    let isCurrent = true;
    request.then(
      (rows) => isCurrent && setResult({ request, rows }),
      (cause: unknown) => isCurrent && setResult({ request, error: cause instanceof Error ? cause : new Error(String(cause)) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [request]);
  const watched = useMemo(() => (keys.length === 0 ? undefined : new RangeSet().addKeys([...keys])), [keys]);
  useEffect(() => {
    if (watched === undefined) return;
    const part = `idb://${db.name}/dossiers/`;
    const onMutated = (parts: ObservabilitySet): void => {
      const changed = parts[part];
      if (changed !== undefined && rangesOverlap(changed, watched)) setVersion((v) => v + 1);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, [watched]);
  if (hit !== undefined) return { rows: hit, error: undefined };
  const isCurrent = result !== undefined && result.request === request;
  return { rows: isCurrent ? result.rows : undefined, error: isCurrent ? result.error : undefined };
}
