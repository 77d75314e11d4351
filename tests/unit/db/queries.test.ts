import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchRegions, countByState, dossierPage, gradeDistribution, listBatches, type DossierQuery, type DossierSortField } from '../../../renderer/db/queries';
import { toDossierRow, type DossierRow } from '../../../renderer/db/rows';
import type { XinpingDb } from '../../../renderer/db/schema';
import type { DossierState } from '../../../shared/model';
import { batch, dossier, enterprise, openTestDb } from './helpers';

const STATES: readonly DossierState[] = ['applied', 'returned', 'screened', 'scoring', 'initial_grade', 'notice', 'objection', 'final', 'archived'];
const NAMES = ['北京', '上海', '天津', '华东', '中国', '杭州'];
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ROWS = 1500;

// Deterministic pseudo-random numbers, so a failure reproduces.
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function gradeOf(score: number): string {
  return score >= 90 ? 'AAA' : score >= 80 ? 'AA' : score >= 70 ? 'A' : 'BBB';
}

function makeRows(batchId: string, count: number, seed: number): DossierRow[] {
  const rand = prng(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const id = `${batchId}-d${String(i).padStart(4, '0')}`;
    const code = `91${Array.from({ length: 16 }, () => pick(CODE_CHARS.split(''))).join('')}`;
    // Three quarters in one region: a filter that matches more than the in-memory threshold.
    const region = rand() < 0.75 ? '北京' : pick(['上海', '广东', '浙江']);
    const e = enterprise(`${id}-e`, `${pick(NAMES)}${pick(['检测', '仪器', '质量'])}${i % 37}有限公司`, code, region);
    const isScored = rand() < 0.7;
    const score = isScored ? 60 + Math.floor(rand() * 8) * 5 : undefined;
    const extra = score === undefined ? {} : { score, grade: gradeOf(score) };
    const updatedAt = `2015-07-0${1 + Math.floor(rand() * 5)}T00:00:00.000Z`;
    return toDossierRow(dossier(id, batchId, e.id, pick(STATES), { ...extra, updatedAt }), e);
  });
}

/** The documented semantics, written the plain way over every row. */
function reference(rows: readonly DossierRow[], q: DossierQuery): { ids: string[]; total: number } {
  const search = q.search?.trim() ?? '';
  const code = search.toUpperCase();
  const matched = rows.filter(
    (r) =>
      (q.state === undefined || r.state === q.state) &&
      (q.grade === undefined || r.grade === q.grade) &&
      (q.region === undefined || r.region === q.region) &&
      (search === '' || r.enterpriseName.startsWith(search) || r.creditCode.startsWith(code)),
  );
  const lt = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  const { field, dir } = q.sort;
  const sorted = [...matched].sort((a, b) => {
    const av = a[field];
    const bv = b[field];
    if (av === undefined || bv === undefined) return av === bv ? lt(a.id, b.id) : av === undefined ? 1 : -1;
    const order = lt(av, bv) || lt(a.id, b.id);
    return dir === 'desc' ? -order : order;
  });
  return { ids: sorted.slice(q.offset, q.offset + q.limit).map((r) => r.id), total: matched.length };
}

let db: XinpingDb;
let rows: DossierRow[];

beforeAll(async () => {
  db = openTestDb();
  rows = makeRows('b1', ROWS, 7);
  await db.batches.bulkPut([batch('b0', '2015-01-01T00:00:00.000Z'), batch('b1', '2015-06-01T00:00:00.000Z'), batch('b2', '2015-09-01T00:00:00.000Z')]);
  await db.dossiers.bulkPut([...rows, ...makeRows('b2', 200, 11)]);
});
afterAll(() => db.close());

const SORT_FIELDS: readonly DossierSortField[] = ['enterpriseName', 'creditCode', 'state', 'grade', 'region', 'score', 'updatedAt'];

describe('dossierPage', () => {
  it('pages every sort field in both directions exactly like a full sort would', async () => {
    for (const field of SORT_FIELDS) {
      for (const dir of ['asc', 'desc'] as const) {
        for (const offset of [0, 50, 1040, 1480]) {
          const q: DossierQuery = { sort: { field, dir }, offset, limit: 50 };
          const page = await dossierPage(db, 'b1', q);
          const expected = reference(rows, q);
          expect({ field, dir, offset, ids: page.rows.map((r) => r.id), total: page.total }).toEqual({ field, dir, offset, ...expected });
        }
      }
    }
  });

  it('puts unscored dossiers last whichever way score is sorted', async () => {
    const scored = rows.filter((r) => r.score !== undefined).length;
    const desc = await dossierPage(db, 'b1', { sort: { field: 'score', dir: 'desc' }, offset: scored - 2, limit: 4 });
    expect(desc.rows.map((r) => r.score)).toEqual([60, 60, undefined, undefined]);
    const top = await dossierPage(db, 'b1', { sort: { field: 'score', dir: 'desc' }, offset: 0, limit: 20 });
    const scores = top.rows.map((r) => r.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top.total).toBe(ROWS);
  });

  it('filters by state, grade and region, alone and together, small and large', async () => {
    const queries: DossierQuery[] = [
      { state: 'scoring', sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 30 },
      { grade: 'AA', sort: { field: 'score', dir: 'desc' }, offset: 10, limit: 30 },
      { region: '北京', sort: { field: 'creditCode', dir: 'asc' }, offset: 900, limit: 40 },
      { region: '北京', sort: { field: 'score', dir: 'asc' }, offset: 0, limit: 40 },
      { region: '北京', state: 'notice', grade: 'AAA', sort: { field: 'updatedAt', dir: 'desc' }, offset: 0, limit: 100 },
      { state: 'final', region: '上海', sort: { field: 'grade', dir: 'asc' }, offset: 0, limit: 10 },
      { grade: 'nonexistent', sort: { field: 'score', dir: 'asc' }, offset: 0, limit: 10 },
    ];
    for (const q of queries) {
      const page = await dossierPage(db, 'b1', q);
      const expected = reference(rows, q);
      expect({ q, ids: page.rows.map((r) => r.id), total: page.total }).toEqual({ q, ...expected });
    }
    const big = await dossierPage(db, 'b1', queries[2]!);
    expect(big.total).toBeGreaterThan(1000);
  });

  it('searches by name prefix or credit-code prefix, not by substring', async () => {
    const sample = rows[123]!;
    const cases: DossierQuery[] = [
      { search: '北京检测', sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 500 },
      { search: sample.creditCode.slice(0, 6).toLowerCase(), sort: { field: 'score', dir: 'desc' }, offset: 0, limit: 20 },
      { search: `  ${sample.creditCode}  `, sort: { field: 'score', dir: 'desc' }, offset: 0, limit: 20 },
      { search: '检测', sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 20 },
      { search: '北京', state: 'applied', sort: { field: 'updatedAt', dir: 'asc' }, offset: 5, limit: 20 },
    ];
    for (const q of cases) {
      const page = await dossierPage(db, 'b1', q);
      const expected = reference(rows, q);
      expect({ q, ids: page.rows.map((r) => r.id), total: page.total }).toEqual({ q, ...expected });
    }
    expect((await dossierPage(db, 'b1', cases[2]!)).rows.map((r) => r.id)).toContain(sample.id);
    expect((await dossierPage(db, 'b1', cases[3]!)).total).toBe(0);
  });

  it('never returns another batch’s dossiers', async () => {
    const page = await dossierPage(db, 'b2', { sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 1000 });
    expect(page.total).toBe(200);
    expect(page.rows.every((r) => r.batchId === 'b2')).toBe(true);
    expect((await dossierPage(db, 'nope', { sort: { field: 'score', dir: 'asc' }, offset: 0, limit: 10 })).total).toBe(0);
  });
});

describe('what dossierPage reads', () => {
  it('loads only the rows of the page, never the whole batch', async () => {
    const counted = openTestDb();
    const reads = { rows: 0, cursorsWithValues: 0 };
    counted.use({
      stack: 'dbcore',
      name: 'count-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: async (req) => {
              const res = await table.query(req);
              if (req.values && name === 'dossiers') reads.rows += res.result.length;
              return res;
            },
            getMany: async (req) => {
              const res = await table.getMany(req);
              if (name === 'dossiers') reads.rows += res.filter((row) => row !== undefined).length;
              return res;
            },
            openCursor: (req) => {
              if (req.values && name === 'dossiers') reads.cursorsWithValues += 1;
              return table.openCursor(req);
            },
          };
        },
      }),
    });
    await counted.dossiers.bulkPut(rows);
    const queries: DossierQuery[] = [
      { sort: { field: 'score', dir: 'desc' }, offset: 1400, limit: 25 },
      { sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 25 },
      { region: '北京', sort: { field: 'creditCode', dir: 'desc' }, offset: 500, limit: 25 },
    ];
    for (const q of queries) {
      reads.rows = 0;
      const page = await dossierPage(counted, 'b1', q);
      expect(page.rows).toHaveLength(25);
      expect(reads).toEqual({ rows: 25, cursorsWithValues: 0 });
    }
    counted.close();
  });
});

describe('batch summaries', () => {
  it('counts dossiers per state from the index', async () => {
    const counts = await countByState(db, 'b1');
    for (const state of STATES) expect(counts[state]).toBe(rows.filter((r) => r.state === state).length);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ROWS);
  });

  it('gives the grade distribution and the ungraded remainder', async () => {
    const dist = await gradeDistribution(db, 'b1');
    const expected = ['A', 'AA', 'AAA', 'BBB'].map((grade) => ({ grade, count: rows.filter((r) => r.grade === grade).length }));
    expect(dist.grades).toEqual(expected);
    expect(dist.ungraded).toBe(rows.filter((r) => r.grade === undefined).length);
  });

  it('lists batches newest first and the regions present in a batch', async () => {
    expect((await listBatches(db)).map((b) => b.id)).toEqual(['b2', 'b1', 'b0']);
    expect(await batchRegions(db, 'b1')).toEqual([...new Set(rows.map((r) => r.region))].sort());
  });
});
