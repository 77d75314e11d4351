import { Dexie, type ObservabilitySet } from 'dexie';
import { dossierRows } from '../../db/queries';
import type { DossierRow } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import type { KeyList } from './key-plan';

// Rows read lately, by id, so the first screen of an answer one click away (another sort, one
// filter value) shows in the render that asks for it, with no read in between. Any write to the
// dossiers table empties it: it never shows a row older than the database.

export type RowCache = {
  /** The rows of `keys` if every one is in memory (the same array until a write), else undefined. */
  cached(keys: KeyList): readonly DossierRow[] | undefined;
  /** Reads the rows of `keys` and keeps them (unless a write happened meanwhile). */
  read(keys: KeyList): Promise<readonly DossierRow[]>;
  /** Reads those rows of `keys` not in memory yet. */
  prefetch(keys: KeyList): Promise<void>;
  dispose(): void;
};

const MAX_ROWS = 6000;

export function createRowCache(db: XinpingDb, maxRows = MAX_ROWS): RowCache {
  const rows = new Map<string, DossierRow>();
  const windows = new WeakMap<KeyList, { epoch: number; rows: readonly DossierRow[] }>();
  // Bumped by every write to dossiers; a read that spans a bump is not kept.
  let epoch = 0;
  const part = `idb://${db.name}/dossiers/`;
  const onMutated = (parts: ObservabilitySet): void => {
    if (parts[part] === undefined) return;
    rows.clear();
    epoch += 1;
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  const remember = (read: readonly DossierRow[]): void => {
    for (const row of read) {
      rows.delete(row.id);
      rows.set(row.id, row);
    }
    // Oldest out first (a Map iterates in insertion order).
    for (const id of rows.keys()) {
      if (rows.size <= maxRows) break;
      rows.delete(id);
    }
  };
  const read = async (keys: KeyList): Promise<readonly DossierRow[]> => {
    const since = epoch;
    const found = await dossierRows(db, keys);
    if (since === epoch) remember(found);
    return found;
  };

  return {
    cached(keys) {
      const known = windows.get(keys);
      if (known?.epoch === epoch) return known.rows;
      const found: DossierRow[] = [];
      for (const key of keys) {
        const row = rows.get(key);
        if (row === undefined) return undefined;
        found.push(row);
      }
      windows.set(keys, { epoch, rows: found });
      return found;
    },
    read,
    async prefetch(keys) {
      const missing = keys.filter((key) => !rows.has(key));
      if (missing.length > 0) await read(missing);
    },
    dispose: () => Dexie.on.storagemutated.unsubscribe(onMutated),
  };
}

let appCache: RowCache | undefined;

/** The app database's row cache. */
export function appRowCache(db: XinpingDb): RowCache {
  appCache ??= createRowCache(db);
  return appCache;
}
