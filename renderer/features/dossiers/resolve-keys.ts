import type { GradeScale } from '../../../shared/grade-scale';
import type { BatchKeyCache, KeySnapshot, Partition, WalkField } from './key-cache';
import { concatPartitions, keepMatching, keepMatchingByPosition, orderKeys, unindexedKeys, unionOf, type KeyList } from './key-plan';
import type { Urgency } from './read-queue';
import { labelsOfGrade, type TableFilters, type TableSort } from './table-query';

// Turns a sort and filters into the ordered keys of every matching dossier, from the lists the
// batch's key cache holds; or names the lists still to be read.

export type Resolution =
  | { readonly kind: 'ready'; readonly keys: KeyList; readonly batchTotal: number }
  | { readonly kind: 'waiting'; readonly load: (urgency: Urgency) => Promise<unknown>[] };

const WALKED: ReadonlySet<string> = new Set<WalkField>(['enterpriseName', 'creditCode', 'score']);

// Derived lists, computed once per loaded list (WeakMap: dropped with the list). Callers memoise
// the result per cache version, so a scroll never recomputes it.
const concatenated = new WeakMap<Partition, KeyList>();
const tails = new WeakMap<KeyList, WeakMap<KeyList, KeyList>>();
const sets = new WeakMap<KeyList, ReadonlySet<string>>();
const orders = new WeakMap<KeyList, { asc?: KeyList; desc?: KeyList }>();

/** `loaded` says what is in memory; `cache` reads what is missing. */
export function resolveKeys(cache: BatchKeyCache, loaded: KeySnapshot, sort: TableSort, filters: TableFilters, scale: GradeScale | undefined): Resolution {
  const states = loaded.partition('state');
  const sortList = sort.field === 'state' || sort.field === 'grade' || sort.field === 'region' ? partitionOrder(loaded.partition(sort.field)) : isWalked(sort.field) ? loaded.walk(sort.field) : undefined;
  const grades = filters.grade === undefined ? null : loaded.partition('grade');
  const regions = filters.region === undefined ? null : loaded.partition('region');
  const search = filters.search.trim();
  const found = search === '' ? null : loaded.search(search);
  if (states === undefined || sortList === undefined || grades === undefined || regions === undefined || found === undefined) {
    return {
      kind: 'waiting',
      load: (urgency) => [
        cache.partition('state', urgency),
        sort.field === 'state' || sort.field === 'grade' || sort.field === 'region' ? cache.partition(sort.field, urgency) : isWalked(sort.field) ? cache.walk(sort.field, urgency) : Promise.resolve(),
        filters.grade === undefined ? Promise.resolve() : cache.partition('grade', urgency),
        filters.region === undefined ? Promise.resolve() : cache.partition('region', urgency),
        search === '' ? Promise.resolve() : cache.search(search, urgency),
      ],
    };
  }
  const all = partitionOrder(states) ?? [];
  const matchSets: ReadonlySet<string>[] = [];
  if (filters.state !== undefined) matchSets.push(setOf(states.get(filters.state) ?? []));
  if (grades && filters.grade !== undefined) matchSets.push(gradeSet(grades, filters.grade, scale));
  if (regions && filters.region !== undefined) matchSets.push(setOf(regions.get(filters.region) ?? []));
  if (found) matchSets.push(found);
  const tail = tailOf(all, sortList);
  const ordered = orderOf(sortList, tail, sort.dir);
  const keys = matchSets.length === 0 ? ordered : answerOf(ordered, matchSets, () => positionsOf(sortList, tail, sort.dir));
  return { kind: 'ready', keys, batchTotal: all.length };
}

function isWalked(field: string): field is WalkField {
  return WALKED.has(field);
}

function partitionOrder(partition: Partition | undefined): KeyList | undefined {
  if (partition === undefined) return undefined;
  const known = concatenated.get(partition);
  if (known) return known;
  const list = concatPartitions(partition);
  concatenated.set(partition, list);
  return list;
}

function tailOf(all: KeyList, present: KeyList): KeyList {
  const byAll = tails.get(present) ?? new WeakMap<KeyList, KeyList>();
  tails.set(present, byAll);
  const known = byAll.get(all);
  if (known) return known;
  const tail = unindexedKeys(all, present);
  byAll.set(all, tail);
  return tail;
}

function orderOf(present: KeyList, tail: KeyList, dir: 'asc' | 'desc'): KeyList {
  const known = orders.get(tail) ?? {};
  orders.set(tail, known);
  const list = known[dir] ?? orderKeys(present, tail, dir);
  known[dir] = list;
  return list;
}

type Answer = { readonly sets: readonly ReadonlySet<string>[]; readonly keys: KeyList };
const ANSWERS_KEPT = 64;
// Per order, the answers derived lately, by the sets they intersect: the read-ahead's answers
// (one per filter value) are the ones a click asks for, so the click does no set arithmetic.
const answers = new WeakMap<KeyList, Answer[]>();
const positions = new WeakMap<KeyList, ReadonlyMap<string, number>>();

function answerOf(ordered: KeyList, sets: readonly ReadonlySet<string>[], positionOf: () => (key: string) => number | undefined): KeyList {
  const kept = answers.get(ordered) ?? [];
  answers.set(ordered, kept);
  const known = kept.find((a) => a.sets.length === sets.length && a.sets.every((set, i) => set === sets[i]));
  if (known) return known.keys;
  const smallest = Math.min(...sets.map((set) => set.size));
  // Walking a small set and sorting its places beats filtering the whole order.
  const keys = smallest * 8 < ordered.length ? keepMatchingByPosition(ordered, positionOf(), sets) : keepMatching(ordered, sets);
  kept.push({ sets, keys });
  if (kept.length > ANSWERS_KEPT) kept.shift();
  return keys;
}

/** A key's place in the order, from one map per ascending order (descending mirrors the indexed part). */
function positionsOf(present: KeyList, tail: KeyList, dir: 'asc' | 'desc'): (key: string) => number | undefined {
  let map = positions.get(tail);
  if (map === undefined) {
    const built = new Map<string, number>();
    present.forEach((key, i) => built.set(key, i));
    tail.forEach((key, i) => built.set(key, present.length + i));
    map = built;
    positions.set(tail, map);
  }
  const places = map;
  const size = present.length;
  if (dir === 'asc') return (key) => places.get(key);
  return (key) => {
    const place = places.get(key);
    return place === undefined || place >= size ? place : size - 1 - place;
  };
}

const gradeSets = new WeakMap<Partition, Map<string, ReadonlySet<string>>>();

/** Every dossier whose label counts as `grade` on the scale, once per loaded grade partition. */
function gradeSet(grades: Partition, grade: string, scale: GradeScale | undefined): ReadonlySet<string> {
  const byGrade = gradeSets.get(grades) ?? new Map<string, ReadonlySet<string>>();
  gradeSets.set(grades, byGrade);
  const key = `${scale?.id ?? ''}\u0000${grade}`;
  const known = byGrade.get(key) ?? unionOf(grades, labelsOfGrade([...grades.keys()], grade, scale));
  byGrade.set(key, known);
  return known;
}

function setOf(keys: KeyList): ReadonlySet<string> {
  const known = sets.get(keys);
  if (known) return known;
  const set = new Set(keys);
  sets.set(keys, set);
  return set;
}
