// Pure set and order arithmetic over primary-key lists read from the [batchId+field] indexes.
// The same semantics as dossierPage: index (code-unit) order, ties by id, rows without a value
// last in id order whichever the direction.

export type KeyList = readonly string[];

/** Keys in sort order: the index walk ascending or reversed, then the unindexed rest in id order. */
export function orderKeys(present: KeyList, tail: KeyList, dir: 'asc' | 'desc'): string[] {
  const head = dir === 'asc' ? [...present] : [...present].reverse();
  return head.concat(tail);
}

/** Keys of `all` that are not in `present`, in id (code-unit) order. */
export function unindexedKeys(all: KeyList, present: KeyList): string[] {
  if (all.length === present.length) return [];
  const indexed = new Set(present);
  return all.filter((key) => !indexed.has(key)).sort(compareKeys);
}

/** `ordered` kept in order, with only the keys every set holds. */
export function keepMatching(ordered: KeyList, sets: readonly ReadonlySet<string>[]): KeyList {
  if (sets.length === 0) return ordered;
  // Test the most selective set first: most keys fail there.
  const bySize = [...sets].sort((a, b) => a.size - b.size);
  return ordered.filter((key) => bySize.every((set) => set.has(key)));
}

/**
 * The same answer as keepMatching, walking the most selective set instead of the whole order:
 * `positionOf` gives a key's place in `ordered` (undefined when absent). Worth it when the
 * smallest set is much shorter than the order (one filter value of 100,000 keys).
 */
export function keepMatchingByPosition(ordered: KeyList, positionOf: (key: string) => number | undefined, sets: readonly ReadonlySet<string>[]): KeyList {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (smallest === undefined) return ordered;
  const places = new Int32Array(smallest.size);
  let found = 0;
  for (const key of smallest) {
    const place = positionOf(key);
    if (place !== undefined && others.every((set) => set.has(key))) places[found++] = place;
  }
  const sorted = places.subarray(0, found).sort();
  return Array.from(sorted, (place) => ordered[place] ?? '');
}

/** A value-partitioned index ([batchId+state] etc.) as one list in index order. */
export function concatPartitions(partitions: ReadonlyMap<string, KeyList>): string[] {
  const values = [...partitions.keys()].sort(compareKeys);
  return values.flatMap((value) => partitions.get(value) ?? []);
}

/** Union of the partitions for these values, as a set. */
export function unionOf(partitions: ReadonlyMap<string, KeyList>, values: readonly string[]): Set<string> {
  const union = new Set<string>();
  for (const value of values) for (const key of partitions.get(value) ?? []) union.add(key);
  return union;
}

// IndexedDB orders strings by UTF-16 code unit, as JS `<` does (not localeCompare).
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
