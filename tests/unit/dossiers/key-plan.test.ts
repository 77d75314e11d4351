import { describe, expect, it } from 'vitest';
import { concatPartitions, keepMatching, keepMatchingByPosition, orderKeys, unindexedKeys, unionOf } from '../../../renderer/features/dossiers/key-plan';

describe('key lists from indexes', () => {
  it('orders the index walk either way and always puts unindexed rows last, in id order', () => {
    expect(orderKeys(['b', 'a', 'c'], ['x', 'y'], 'asc')).toEqual(['b', 'a', 'c', 'x', 'y']);
    expect(orderKeys(['b', 'a', 'c'], ['x', 'y'], 'desc')).toEqual(['c', 'a', 'b', 'x', 'y']);
    expect(orderKeys([], [], 'desc')).toEqual([]);
  });

  it('finds the rows an index skipped, sorted by code unit like IndexedDB', () => {
    expect(unindexedKeys(['d3', 'd1', 'd10', 'd2', 'é'], ['d1'])).toEqual(['d10', 'd2', 'd3', 'é']);
    expect(unindexedKeys(['a', 'b'], ['b', 'a'])).toEqual([]);
    expect(unindexedKeys(['Z', 'a', '中', '0'], [])).toEqual(['0', 'Z', 'a', '中']);
  });

  it('keeps the order and only keys in every set', () => {
    const ordered = ['e', 'd', 'c', 'b', 'a'];
    expect(keepMatching(ordered, [])).toBe(ordered);
    expect(keepMatching(ordered, [new Set(['a', 'c', 'e']), new Set(['c', 'e', 'z'])])).toEqual(['e', 'c']);
    expect(keepMatching(ordered, [new Set(['a']), new Set<string>()])).toEqual([]);
  });

  it('answers like keepMatching when it walks the smallest set by position', () => {
    const ordered = ['e', 'd', 'c', 'b', 'a', 'x'];
    const place = new Map(ordered.map((key, i) => [key, i]));
    const positionOf = (key: string): number | undefined => place.get(key);
    const cases: ReadonlySet<string>[][] = [
      [new Set(['a', 'c', 'e', 'q']), new Set(['c', 'e', 'z', 'a'])],
      [new Set(['x', 'b', 'd'])],
      [new Set(['a']), new Set<string>()],
      [new Set(['nope'])],
    ];
    for (const sets of cases) expect(keepMatchingByPosition(ordered, positionOf, sets)).toEqual(keepMatching(ordered, sets));
    expect(keepMatchingByPosition(ordered, positionOf, [new Set(['a', 'e', 'c'])])).toEqual(['e', 'c', 'a']);
  });

  it('reads value partitions back in index order (values by code unit, then ids)', () => {
    const partitions = new Map([
      ['scoring', ['d2', 'd5']],
      ['applied', ['d1']],
      ['A+', ['d9']],
      ['AAA', ['d3']],
      ['AA', ['d4']],
    ]);
    expect(concatPartitions(partitions)).toEqual(['d9', 'd4', 'd3', 'd1', 'd2', 'd5']);
    expect([...unionOf(partitions, ['AA', 'AAA', 'missing'])].sort()).toEqual(['d3', 'd4']);
  });
});
