import { dossierPage, type DossierQuery } from '../db/queries';
import type { XinpingDb } from '../db/schema';
import { BENCH_BATCH_ID } from './bench-data';

// Query-level timings on the seeded batch (seed.html?probe=1), to tell database time from UI time.

export type ProbeLine = { readonly name: string; readonly ms: number; readonly total: number };

const CASES: readonly (readonly [string, Omit<DossierQuery, 'offset' | 'limit'>])[] = [
  ['name asc', { sort: { field: 'enterpriseName', dir: 'asc' } }],
  ['score desc', { sort: { field: 'score', dir: 'desc' } }],
  ['grade asc', { sort: { field: 'grade', dir: 'asc' } }],
  ['state=scoring, name', { state: 'scoring', sort: { field: 'enterpriseName', dir: 'asc' } }],
  ['grade=AA, score desc', { grade: 'AA', sort: { field: 'score', dir: 'desc' } }],
  ['region=北京市, name', { region: '北京市', sort: { field: 'enterpriseName', dir: 'asc' } }],
  ['search 深圳, name', { search: '深圳', sort: { field: 'enterpriseName', dir: 'asc' } }],
  ['search 深圳华, name', { search: '深圳华', sort: { field: 'enterpriseName', dir: 'asc' } }],
  ['search 91440305, name', { search: '91440305', sort: { field: 'enterpriseName', dir: 'asc' } }],
];

export async function probe(db: XinpingDb, limit = 60, offset = 0): Promise<ProbeLine[]> {
  const lines: ProbeLine[] = [];
  for (const [name, q] of CASES) {
    const started = performance.now();
    const page = await dossierPage(db, BENCH_BATCH_ID, { ...q, offset, limit });
    lines.push({ name, ms: Math.round(performance.now() - started), total: page.total });
  }
  const raw: [string, () => Promise<unknown>][] = [
    ['count store', () => db.dossiers.count()],
    ['keys store', () => db.dossiers.toCollection().primaryKeys()],
    ['keys name index limit 60', () => db.dossiers.where('[batchId+enterpriseName]').between([BENCH_BATCH_ID, ''], [BENCH_BATCH_ID, '\uffff']).limit(60).primaryKeys()],
    ['keys name index limit 5000', () => db.dossiers.where('[batchId+enterpriseName]').between([BENCH_BATCH_ID, ''], [BENCH_BATCH_ID, '\uffff']).limit(5000).primaryKeys()],
    ['rows name index limit 1000', () => db.dossiers.where('[batchId+enterpriseName]').between([BENCH_BATCH_ID, ''], [BENCH_BATCH_ID, '\uffff']).limit(1000).toArray()],
    ['count state=scoring', () => db.dossiers.where('[batchId+state]').equals([BENCH_BATCH_ID, 'scoring']).count()],
    ['count batch', () => db.dossiers.where('batchId').equals(BENCH_BATCH_ID).count()],
    ['all keys name index', () => db.dossiers.where('[batchId+enterpriseName]').between([BENCH_BATCH_ID, ''], [BENCH_BATCH_ID, '\uffff']).primaryKeys()],
    ['all keys batch index', () => db.dossiers.where('batchId').equals(BENCH_BATCH_ID).primaryKeys()],
    ['keys state=scoring', () => db.dossiers.where('[batchId+state]').equals([BENCH_BATCH_ID, 'scoring']).primaryKeys()],
    ['uniqueKeys grade', () => db.dossiers.where('[batchId+grade]').between([BENCH_BATCH_ID, ''], [BENCH_BATCH_ID, '\uffff']).uniqueKeys()],
  ];
  for (const [name, run] of raw) {
    const started = performance.now();
    const result = await run();
    lines.push({ name, ms: Math.round(performance.now() - started), total: Array.isArray(result) ? result.length : Number(result) });
  }
  return lines;
}

/** Times each list the dossier table's key cache reads, one after another. */
export async function probeCache(db: XinpingDb): Promise<ProbeLine[]> {
  const { createBatchKeyCache } = await import('../features/dossiers/key-cache');
  const cache = createBatchKeyCache(db, BENCH_BATCH_ID);
  const lines: ProbeLine[] = [];
  const time = async (name: string, run: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    const result = await run();
    lines.push({ name, ms: Math.round(performance.now() - started), total: result instanceof Map ? result.size : Array.isArray(result) ? result.length : Number(result) });
  };
  await time('head name 60', () => cache.head('enterpriseName', 'asc', 60));
  await time('count', () => cache.count('now'));
  await time('partition state', () => cache.partition('state', 'now'));
  await time('partition grade', () => cache.partition('grade', 'now'));
  await time('partition region', () => cache.partition('region', 'now'));
  await time('walk score', () => cache.walk('score', 'now'));
  await time('walk name', () => cache.walk('enterpriseName', 'now'));
  await time('walk code', () => cache.walk('creditCode', 'now'));
  await time('search 深圳华', () => cache.search('深圳华', 'now'));
  cache.dispose();
  return lines;
}

/** Does a small read wait behind the batch overview's counts? (IndexedDB serves requests in turn.) */
export async function probeContention(db: XinpingDb): Promise<ProbeLine[]> {
  const { countByState, gradeDistribution, sortIndexKeys } = await import('../db/queries');
  const lines: ProbeLine[] = [];
  const head = (): Promise<string[]> => sortIndexKeys(db, BENCH_BATCH_ID, 'enterpriseName', { limit: 60 });
  let started = performance.now();
  await head();
  lines.push({ name: 'head alone', ms: Math.round(performance.now() - started), total: 60 });
  started = performance.now();
  const overview = Promise.all([countByState(db, BENCH_BATCH_ID), gradeDistribution(db, BENCH_BATCH_ID)]).then(() => performance.now() - started);
  const behind = head().then(() => performance.now() - started);
  lines.push({ name: 'head behind overview', ms: Math.round(await behind), total: 60 });
  lines.push({ name: 'overview', ms: Math.round(await overview), total: 0 });
  started = performance.now();
  await countByState(db, BENCH_BATCH_ID);
  lines.push({ name: 'countByState alone', ms: Math.round(performance.now() - started), total: 0 });
  started = performance.now();
  await gradeDistribution(db, BENCH_BATCH_ID);
  lines.push({ name: 'gradeDistribution alone', ms: Math.round(performance.now() - started), total: 0 });
  return lines;
}
