import { cmp, Dexie, type Collection, type IndexableType } from 'dexie';
import { normaliseCreditCode } from '../../shared/credit-code';
import type { Batch, DossierState, Id } from '../../shared/model';
import type { DossierRow } from './rows';
import type { XinpingDb } from './schema';

// Reads the UI makes over a batch of up to ~100,000 dossiers. Every filter and sort is answered
// by a [batchId+field] index; only the rows of the requested page are loaded.

export type DossierSortField = 'enterpriseName' | 'creditCode' | 'state' | 'grade' | 'region' | 'score' | 'updatedAt';

export type DossierQuery = {
  readonly state?: DossierState;
  readonly grade?: string;
  readonly region?: string;
  /** Prefix of the enterprise name, or of the credit code (case- and width-insensitive). */
  readonly search?: string;
  readonly sort: { readonly field: DossierSortField; readonly dir: 'asc' | 'desc' };
  readonly offset: number;
  readonly limit: number;
};

export type DossierPage = { readonly rows: readonly DossierRow[]; readonly total: number };

const SORT_INDEX: Readonly<Record<DossierSortField, string>> = {
  enterpriseName: '[batchId+enterpriseName]',
  creditCode: '[batchId+creditCode]',
  state: '[batchId+state]',
  grade: '[batchId+grade]',
  region: '[batchId+region]',
  score: '[batchId+score]',
  updatedAt: '[batchId+updatedAt]',
};

// Below this many matches, loading them and sorting in memory beats walking the sort index.
const SMALL_MATCH = 1000;

/** Batches, newest first. */
export async function listBatches(db: XinpingDb): Promise<Batch[]> {
  return db.batches.orderBy('createdAt').reverse().toArray();
}

/**
 * One page of a batch's dossiers. Filters are exact (state, grade, region); `search` is a
 * prefix match ("startsWith") on the enterprise name or the credit code, not a substring match.
 * Text sorts in Unicode code-unit order (not pinyin), grades by label (not rank); rows without
 * a grade or score sort last in either direction; ties go by dossier id.
 */
export async function dossierPage(db: XinpingDb, batchId: Id, query: DossierQuery): Promise<DossierPage> {
  const { field, dir } = query.sort;
  const end = query.offset + query.limit;
  const matches = await matchingKeys(db, batchId, query);
  if (matches !== null && matches.size <= SMALL_MATCH) {
    const rows = (await db.dossiers.bulkGet([...matches])).filter((row) => row !== undefined);
    rows.sort((a, b) => compareRows(a, b, field, dir));
    return { rows: rows.slice(query.offset, end), total: rows.length };
  }
  // Keys only, in sort order (getAllKeys, not a cursor walk); rows are read for the page alone.
  const sortIndex = inBatch(db, SORT_INDEX[field], batchId);
  const ordered = dir === 'desc' ? sortIndex.reverse() : sortIndex;
  const sorted = await (matches === null ? ordered.limit(end) : ordered).primaryKeys();
  // Fewer keys than asked for means the index ran out: rows it skips (no value) may follow.
  const isWholeIndex = matches !== null || sorted.length < end;
  const keys = isWholeIndex ? await appendUnsorted(db, batchId, sorted) : sorted;
  const selected = matches === null ? keys : keys.filter((key) => matches.has(key));
  const rows = (await db.dossiers.bulkGet(selected.slice(query.offset, end))).filter((row) => row !== undefined);
  return { rows, total: matches === null ? await batchCount(db, batchId) : selected.length };
}

/** Dossiers per workflow state in a batch, counted on the [batchId+state] index. */
export async function countByState(db: XinpingDb, batchId: Id): Promise<Record<DossierState, number>> {
  const result = { ...NO_DOSSIERS };
  const states = Object.keys(result) as DossierState[];
  const counts = await oneAtATime(states, (state) => db.dossiers.where('[batchId+state]').equals([batchId, state]).count());
  states.forEach((state, i) => {
    result[state] = counts[i] ?? 0;
  });
  return result;
}

export type GradeDistribution = {
  readonly grades: readonly { readonly grade: string; readonly count: number }[];
  readonly ungraded: number;
};

/** How many dossiers hold each grade label (label order; the grade scale decides rank order). */
export async function gradeDistribution(db: XinpingDb, batchId: Id): Promise<GradeDistribution> {
  const grades = await distinctValues(db, '[batchId+grade]', batchId);
  const counts = await oneAtATime(grades, (grade) => db.dossiers.where('[batchId+grade]').equals([batchId, grade]).count());
  const total = await batchCount(db, batchId);
  const rows = grades.map((grade, i) => ({ grade, count: counts[i] ?? 0 }));
  return { grades: rows, ungraded: total - rows.reduce((sum, row) => sum + row.count, 0) };
}

/** The regions present in a batch, for the filter menu. */
export async function batchRegions(db: XinpingDb, batchId: Id): Promise<string[]> {
  return distinctValues(db, '[batchId+region]', batchId);
}

/** The fields a batch's dossiers are filtered on by exact value. */
export type DossierFilterField = 'state' | 'grade' | 'region';

/** How many dossiers a batch holds. */
export function batchCount(db: XinpingDb, batchId: Id): Promise<number> {
  return db.dossiers.where('batchId').equals(batchId).count();
}

/** The distinct values of a filter field in a batch, in index (code-unit) order. */
export function batchValues(db: XinpingDb, batchId: Id, field: DossierFilterField): Promise<string[]> {
  return distinctValues(db, SORT_INDEX[field], batchId);
}

/** Primary keys of the batch's dossiers whose `field` equals `value`, in id order. */
export function keysWhere(db: XinpingDb, batchId: Id, field: DossierFilterField, value: string): Promise<string[]> {
  return db.dossiers.where(SORT_INDEX[field]).equals([batchId, value]).primaryKeys();
}

/**
 * Primary keys in `field` index order (ties by id), starting at value `from` (inclusive) or
 * at either end; at most `limit`. Rows without a value for `field` are not in the index.
 */
export function sortIndexKeys(
  db: XinpingDb,
  batchId: Id,
  field: DossierSortField,
  options: { readonly from?: IndexableType; readonly limit?: number; readonly dir?: 'asc' | 'desc' } = {},
): Promise<string[]> {
  const index = SORT_INDEX[field];
  const range = options.from === undefined ? inBatch(db, index, batchId) : db.dossiers.where(index).between([batchId, options.from], [batchId, Dexie.maxKey], true, true);
  const ordered = options.dir === 'desc' ? range.reverse() : range;
  return (options.limit === undefined ? ordered : ordered.limit(options.limit)).primaryKeys();
}

/** The first `limit` rows in `field` index order, in one request (the first screen of a table). */
export function firstRows(db: XinpingDb, batchId: Id, field: DossierSortField, dir: 'asc' | 'desc', limit: number): Promise<DossierRow[]> {
  const range = inBatch(db, SORT_INDEX[field], batchId);
  return (dir === 'desc' ? range.reverse() : range).limit(limit).toArray();
}

/** Keys of dossiers whose enterprise name or normalised credit code starts with `search`. */
export function keysWithPrefix(db: XinpingDb, batchId: Id, search: string): Promise<string[]> {
  return searchKeys(db, batchId, search.trim());
}

/** The rows for these keys, in the same order; keys of deleted rows are skipped. */
export async function dossierRows(db: XinpingDb, keys: readonly string[]): Promise<DossierRow[]> {
  return (await db.dossiers.bulkGet([...keys])).filter((row) => row !== undefined);
}

// A Record, not a list, so adding a DossierState without counting it fails to compile.
const NO_DOSSIERS: Readonly<Record<DossierState, number>> = {
  applied: 0,
  returned: 0,
  screened: 0,
  scoring: 0,
  initial_grade: 0,
  notice: 0,
  objection: 0,
  final: 0,
  archived: 0,
};

function inBatch(db: XinpingDb, index: string, batchId: Id): Collection<DossierRow, string> {
  return db.dossiers.where(index).between([batchId, Dexie.minKey], [batchId, Dexie.maxKey], true, true);
}

// Counting 100,000 index entries takes a Chromium IndexedDB request ~0.4 s, and requests are
// served in turn: issued together, the counts of a summary would make every other read (the
// table's first rows) wait for all of them. One at a time, another read waits for one at most.
async function oneAtATime<T>(values: readonly T[], count: (value: T) => Promise<number>): Promise<number[]> {
  const counts: number[] = [];
  for (const value of values) counts.push(await count(value));
  return counts;
}

// A skip scan: one single-key read per distinct value, not a walk over every entry (nextunique
// visits them all in Chromium, ~0.5 s at 100,000 dossiers).
async function distinctValues(db: XinpingDb, index: string, batchId: Id): Promise<string[]> {
  const values: string[] = [];
  let lower: IndexableType = [batchId, Dexie.minKey];
  for (let isFirst = true; ; isFirst = false) {
    const found: IndexableType[] = await db.dossiers.where(index).between(lower, [batchId, Dexie.maxKey], isFirst, true).limit(1).keys();
    const key = found[0];
    if (!Array.isArray(key)) return values;
    values.push(String(key[1]));
    lower = key;
  }
}

/** Primary keys matching every filter, or null when there is no filter. */
async function matchingKeys(db: XinpingDb, batchId: Id, query: DossierQuery): Promise<Set<string> | null> {
  const lookups: Promise<string[]>[] = [];
  const exact = (index: string, value: string): Promise<string[]> => db.dossiers.where(index).equals([batchId, value]).primaryKeys();
  if (query.state !== undefined) lookups.push(exact('[batchId+state]', query.state));
  if (query.grade !== undefined) lookups.push(exact('[batchId+grade]', query.grade));
  if (query.region !== undefined) lookups.push(exact('[batchId+region]', query.region));
  const search = query.search?.trim() ?? '';
  if (search !== '') lookups.push(searchKeys(db, batchId, search));
  if (lookups.length === 0) return null;
  const [first, ...rest] = await Promise.all(lookups);
  let keys = new Set(first);
  for (const other of rest) {
    const otherSet = new Set(other);
    keys = new Set([...keys].filter((key) => otherSet.has(key)));
  }
  return keys;
}

async function searchKeys(db: XinpingDb, batchId: Id, search: string): Promise<string[]> {
  const prefix = (index: string, start: string): Promise<string[]> =>
    db.dossiers.where(index).between([batchId, start], [batchId, `${start}\uffff`], true, true).primaryKeys();
  const [byName, byCode] = await Promise.all([prefix('[batchId+enterpriseName]', search), prefix('[batchId+creditCode]', normaliseCreditCode(search))]);
  return [...new Set([...byName, ...byCode])];
}

/** The whole sort order: indexed keys, then the rows the index skips (no value) in id order. */
async function appendUnsorted(db: XinpingDb, batchId: Id, sortedKeys: string[]): Promise<string[]> {
  if ((await batchCount(db, batchId)) === sortedKeys.length) return sortedKeys;
  const present = new Set(sortedKeys);
  const allKeys = await db.dossiers.where('batchId').equals(batchId).primaryKeys();
  return [...sortedKeys, ...allKeys.filter((key) => !present.has(key))];
}

/** The same order as the index walk: IndexedDB key order, ties by id, missing values last. */
function compareRows(a: DossierRow, b: DossierRow, field: DossierSortField, dir: 'asc' | 'desc'): number {
  const av = a[field];
  const bv = b[field];
  if (av === undefined || bv === undefined) {
    if (av !== bv) return av === undefined ? 1 : -1;
    return cmp(a.id, b.id);
  }
  const order = cmp(av, bv) || cmp(a.id, b.id);
  return dir === 'desc' ? -order : order;
}
