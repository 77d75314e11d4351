import { cmp, Dexie, RangeSet, rangesOverlap, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';
import { batchCount, batchValues, firstRows, keysWhere, keysWithPrefix, sortIndexKeys, type DossierFilterField, type DossierSortField } from '../../db/queries';
import type { DossierRow } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import type { KeyList } from './key-plan';
import { createReadQueue, type ReadQueue, type Urgency } from './read-queue';

// Primary-key lists of one batch, read from its [batchId+field] indexes once and kept while
// they stay true: a write to an index of this batch drops what was read from that index.
// At 100,000 dossiers one index walk takes a second or more, so filter, sort and search
// combine these lists in memory instead of walking an index per keystroke.

export type WalkField = 'enterpriseName' | 'creditCode' | 'score';
export type Partition = ReadonlyMap<string, KeyList>;

/** Thrown into loads whose lists were invalidated while they ran; a fresh load follows. */
export class StaleRead extends Error {}

/** The lists loaded at one moment; undefined for those not (or no longer) loaded. */
export type KeySnapshot = {
  partition(field: DossierFilterField): Partition | undefined;
  walk(field: WalkField): KeyList | undefined;
  search(text: string): ReadonlySet<string> | undefined;
  count(): number | undefined;
};

/** An answer on screen: its keys, the rows read for it, its counts. */
export type Shown = {
  readonly keys: KeyList;
  readonly rows: ReadonlyMap<string, DossierRow>;
  readonly total: number | undefined;
  readonly batchTotal: number | undefined;
};

type Entry<T> = { value: T | undefined; promise: Promise<T>; urgency: Urgency; isCurrent: boolean };

export type BatchKeyCache = {
  readonly batchId: string;
  partition(field: DossierFilterField, urgency: Urgency): Promise<Partition>;
  walk(field: WalkField, urgency: Urgency): Promise<KeyList>;
  search(text: string, urgency: Urgency): Promise<ReadonlySet<string>>;
  count(urgency: Urgency): Promise<number>;
  /** The first rows in sort order straight off the index, for first paint; kept until a write. */
  head(field: DossierSortField, dir: 'asc' | 'desc', limit: number): Promise<readonly DossierRow[]>;
  /** What the table last showed for this batch: kept on screen while a new answer loads. */
  lastShown(): Shown | undefined;
  rememberShown(shown: Shown): void;
  /** Called after any list loads or is dropped. */
  subscribe(listener: () => void): () => void;
  /** What is loaded now; a new object after every load and drop (for useSyncExternalStore). */
  snapshot(): KeySnapshot;
  dispose(): void;
};

const CHUNK = 2000;
const SEARCHES_KEPT = 12;
const FIELD_OF_INDEX: Readonly<Record<string, DossierSortField>> = {
  '[batchId+state]': 'state',
  '[batchId+grade]': 'grade',
  '[batchId+region]': 'region',
  '[batchId+score]': 'score',
  '[batchId+enterpriseName]': 'enterpriseName',
  '[batchId+creditCode]': 'creditCode',
  '[batchId+updatedAt]': 'updatedAt',
};

export type KeyCacheOptions = {
  readonly queue?: ReadQueue;
  /** Keys per read of an index walk (tests make it small to cross chunk boundaries). */
  readonly chunk?: number;
};

export function createBatchKeyCache(db: XinpingDb, batchId: string, options: KeyCacheOptions = {}): BatchKeyCache {
  const queue = options.queue ?? createReadQueue();
  const chunkSize = options.chunk ?? CHUNK;
  const partitions = new Map<DossierFilterField, Entry<Partition>>();
  const walks = new Map<WalkField, Entry<KeyList>>();
  const searches = new Map<string, Entry<ReadonlySet<string>>>();
  const counts = new Map<'count', Entry<number>>();
  const heads = new Map<string, Promise<readonly DossierRow[]>>();
  let shown: Shown | undefined;
  const listeners = new Set<() => void>();
  const takeSnapshot = (): KeySnapshot => {
    const frozen = { partitions: new Map(partitions), walks: new Map(walks), searches: new Map(searches), count: counts.get('count') };
    return {
      partition: (field) => frozen.partitions.get(field)?.value,
      walk: (field) => frozen.walks.get(field)?.value,
      search: (text) => frozen.searches.get(text)?.value,
      count: () => frozen.count?.value,
    };
  };
  let current = takeSnapshot();
  const notify = (): void => {
    current = takeSnapshot();
    listeners.forEach((listener) => listener());
  };

  function obtain<K, T>(map: Map<K, Entry<T>>, key: K, urgency: Urgency, load: (entry: Entry<T>) => Promise<T>): Promise<T> {
    const existing = map.get(key);
    if (existing) {
      if (urgency === 'now') existing.urgency = 'now';
      return existing.promise;
    }
    const entry: Entry<T> = { value: undefined, promise: Promise.resolve<T | undefined>(undefined).then(() => load(entry)), urgency, isCurrent: true };
    map.set(key, entry);
    entry.promise.then(
      (value) => {
        if (!entry.isCurrent) return;
        entry.value = value;
        notify();
      },
      () => {
        if (map.get(key) === entry) map.delete(key);
      },
    );
    return entry.promise;
  }

  const read = <T>(entry: { urgency: Urgency; isCurrent: boolean }, run: () => Promise<T>): Promise<T> =>
    queue.run(
      () => entry.urgency,
      async () => {
        if (!entry.isCurrent) throw new StaleRead();
        return run();
      },
    );

  // Per distinct value, so a partition is also the index's order (values in code-unit order).
  const loadPartition = (field: DossierFilterField) => async (entry: Entry<Partition>): Promise<Partition> => {
    const values = await read(entry, () => batchValues(db, batchId, field));
    const result = new Map<string, KeyList>();
    for (const value of values) result.set(value, await read(entry, () => keysWhere(db, batchId, field, value)));
    return result;
  };

  // In chunks, so a user's read waits for at most one chunk of a background walk.
  const loadWalk = (field: WalkField) => async (entry: Entry<KeyList>): Promise<KeyList> => {
    const keys: string[] = [];
    const seen = new Set<string>();
    let from: IndexableType | undefined;
    for (;;) {
      const chunk = await read(entry, () => sortIndexKeys(db, batchId, field, from === undefined ? { limit: chunkSize } : { from, limit: chunkSize }));
      // The chunk restarts at the last value read: skip the keys of that value already taken.
      const fresh = chunk.filter((key) => !seen.has(key));
      if (fresh.length === 0 && chunk.length === chunkSize) {
        const rest = await read(entry, () => sortIndexKeys(db, batchId, field, from === undefined ? {} : { from }));
        keys.push(...rest.filter((key) => !seen.has(key)));
        return keys;
      }
      for (const key of fresh) {
        keys.push(key);
        seen.add(key);
      }
      if (chunk.length < chunkSize) return keys;
      const last = await read(entry, () => db.dossiers.get(keys[keys.length - 1] ?? ''));
      const value = last?.[field];
      if (value === undefined) throw new StaleRead();
      from = value;
    }
  };

  const drop = (fields: ReadonlySet<DossierSortField> | 'all'): void => {
    const hits = (field: DossierSortField): boolean => fields === 'all' || fields.has(field);
    const forget = <K, T>(map: Map<K, Entry<T>>, isHit: (key: K) => boolean): void => {
      for (const [key, entry] of map) {
        if (!isHit(key)) continue;
        entry.isCurrent = false;
        map.delete(key);
      }
    };
    forget(partitions, (field) => hits(field));
    forget(walks, (field) => hits(field));
    forget(searches, () => hits('enterpriseName') || hits('creditCode'));
    // Every dossier has a state: a change there may be a dossier joining or leaving the batch.
    forget(counts, () => hits('state'));
    heads.clear();
    notify();
  };

  const inThisBatch = new RangeSet([batchId, Dexie.minKey], [batchId, Dexie.maxKey]);
  const members = new WeakMap<Partition, ReadonlySet<string>>();
  // Deletes (and puts whose old row Dexie did not see) name keys only: were any of them ours?
  const isMember = (tree: IntervalTree): boolean => {
    const states = partitions.get('state')?.value;
    if (states === undefined) return true;
    const all = members.get(states) ?? new Set([...states.values()].flat());
    members.set(states, all);
    for (const node of new RangeSet().add(tree)) {
      if (cmp(node.from, node.to) !== 0 || (typeof node.from === 'string' && all.has(node.from))) return true;
    }
    return false;
  };
  const onMutated = (parts: ObservabilitySet): void => {
    const prefix = `idb://${db.name}/dossiers/`;
    const fields = new Set<DossierSortField>();
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const index = part.slice(prefix.length);
      if ((index === ':dels' && isMember(tree)) || (index === 'batchId' && touches(tree, new RangeSet(batchId)))) return drop('all');
      const field = FIELD_OF_INDEX[index];
      if (field !== undefined && touches(tree, inThisBatch)) fields.add(field);
    }
    if (fields.size > 0) drop(fields);
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  return {
    batchId,
    partition: (field, urgency) => obtain(partitions, field, urgency, loadPartition(field)),
    walk: (field, urgency) => obtain(walks, field, urgency, loadWalk(field)),
    search: (text, urgency) => {
      if (searches.size >= SEARCHES_KEPT && !searches.has(text)) {
        const [oldest] = searches.keys();
        if (oldest !== undefined) searches.delete(oldest);
      }
      return obtain(searches, text, urgency, async (entry) => new Set(await read(entry, () => keysWithPrefix(db, batchId, text))));
    },
    count: (urgency) => obtain(counts, 'count', urgency, (entry) => read(entry, () => batchCount(db, batchId))),
    // Past the queue: one small read that must not wait behind a list being loaded.
    head: (field, dir, limit) => {
      const key = `${field} ${dir} ${limit}`;
      const known = heads.get(key) ?? firstRows(db, batchId, field, dir, limit);
      if (!heads.has(key)) known.catch(() => heads.delete(key));
      heads.set(key, known);
      return known;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    snapshot: () => current,
    lastShown: () => shown,
    rememberShown: (next) => {
      shown = next;
    },
    dispose: () => {
      Dexie.on.storagemutated.unsubscribe(onMutated);
      drop('all');
      listeners.clear();
    },
  };
}

function touches(tree: IntervalTree, range: RangeSet): boolean {
  return rangesOverlap(tree, range);
}

const caches = new Map<string, BatchKeyCache>();
const CACHES_KEPT = 2;

/** The cache of a batch, kept across visits (back from a dossier is instant); the last two batches. */
export function batchKeyCache(db: XinpingDb, batchId: string): BatchKeyCache {
  const key = `${db.name}\u0000${batchId}`;
  const cached = caches.get(key);
  caches.delete(key);
  const cache = cached ?? createBatchKeyCache(db, batchId);
  caches.set(key, cache);
  for (const [oldKey, old] of caches) {
    if (caches.size <= CACHES_KEPT) break;
    old.dispose();
    caches.delete(oldKey);
  }
  return cache;
}
