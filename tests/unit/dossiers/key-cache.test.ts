import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierPage } from '../../../renderer/db/queries';
import { toDossierRow, type DossierRow } from '../../../renderer/db/rows';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write } from '../../../renderer/db/write';
import { putEnterprise } from '../../../renderer/db/records';
import { createBatchKeyCache, type BatchKeyCache } from '../../../renderer/features/dossiers/key-cache';
import { resolveKeys } from '../../../renderer/features/dossiers/resolve-keys';
import type { TableFilters, TableSort } from '../../../renderer/features/dossiers/table-query';
import type { DossierState } from '../../../shared/model';
import { nineGradeScale } from '../../../shared/resources';
import { dossier, enterprise, openTestDb, staff } from '../db/helpers';

const STATES: readonly DossierState[] = ['applied', 'scoring', 'notice', 'final'];
const PLACES = ['北京市', '上海市', '广东省东莞市', ''];
const GRADES = ['AAA', 'AAA★', 'AA', 'A', 'A+', 'BBB'];

function makeRows(batchId: string, count: number): DossierRow[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${batchId}-${String((i * 37) % count).padStart(3, '0')}`;
    const e = enterprise(`${id}-e`, `${['东莞', '东研', '北京', '上海'][i % 4]}${['宇洁', '高科', '检测'][i % 3]}${i % 5}有限公司`, `9144190068452${String(i).padStart(5, '0')}`, PLACES[i % 4]);
    // Few distinct scores: long runs of ties cross the walk's chunk boundaries.
    const extra = i % 5 === 0 ? {} : { score: 70 + (i % 4) * 5, grade: GRADES[i % GRADES.length] };
    return toDossierRow(dossier(id, batchId, e.id, STATES[i % STATES.length], extra), e);
  });
}

let db: XinpingDb;
beforeAll(async () => {
  db = openTestDb();
  await db.dossiers.bulkPut([...makeRows('b1', 120), ...makeRows('b2', 30)]);
});
afterAll(() => db.close());

/** Resolves with the cache, loading whatever is missing, like the table does. */
async function resolve(cache: BatchKeyCache, sort: TableSort, filters: TableFilters): Promise<readonly string[]> {
  for (;;) {
    const resolution = resolveKeys(cache, cache.snapshot(), sort, filters, nineGradeScale);
    if (resolution.kind === 'ready') return resolution.keys;
    await Promise.all(resolution.load('now'));
  }
}

async function reference(batchId: string, sort: TableSort, filters: TableFilters): Promise<string[]> {
  const { state, region, search } = filters;
  const page = await dossierPage(db, batchId, { sort, offset: 0, limit: 10_000, search, ...(state ? { state } : {}), ...(region !== undefined ? { region } : {}) });
  return page.rows.map((r) => r.id);
}

describe('the batch key cache', () => {
  const sorts: TableSort[] = (['enterpriseName', 'creditCode', 'region', 'state', 'score', 'grade'] as const).flatMap((field) => [
    { field, dir: 'asc' as const },
    { field, dir: 'desc' as const },
  ]);
  const filterSets: TableFilters[] = [
    { search: '' },
    { search: '', state: 'scoring' },
    { search: '', region: '' },
    { search: '', region: '广东省东莞市', state: 'final' },
    { search: '东研' },
    { search: '9144190068452000' },
    { search: '不存在' },
  ];

  it('orders and filters exactly like dossierPage, across walk chunks', async () => {
    const cache = createBatchKeyCache(db, 'b1', { chunk: 7 });
    for (const sort of sorts) {
      for (const filters of filterSets) {
        expect({ sort, filters, keys: await resolve(cache, sort, filters) }).toEqual({ sort, filters, keys: await reference('b1', sort, filters) });
      }
    }
    cache.dispose();
  });

  it('filters by base grade: A finds A and A+, AAA finds AAA★', async () => {
    const cache = createBatchKeyCache(db, 'b1');
    const rows = await db.dossiers.where('batchId').equals('b1').toArray();
    const ids = (labels: string[]): string[] => rows.filter((r) => r.grade !== undefined && labels.includes(r.grade)).map((r) => r.id).sort();
    const gradeA = await resolve(cache, { field: 'enterpriseName', dir: 'asc' }, { search: '', grade: 'A' });
    expect([...gradeA].sort()).toEqual(ids(['A', 'A+']));
    const gradeAAA = await resolve(cache, { field: 'score', dir: 'desc' }, { search: '', grade: 'AAA' });
    expect([...gradeAAA].sort()).toEqual(ids(['AAA', 'AAA★']));
    cache.dispose();
  });

  it('never mixes in another batch', async () => {
    const cache = createBatchKeyCache(db, 'b2');
    const keys = await resolve(cache, { field: 'score', dir: 'asc' }, { search: '' });
    expect(keys).toHaveLength(30);
    expect(keys.every((k) => k.startsWith('b2-'))).toBe(true);
    cache.dispose();
  });

  it('drops what a write made untrue, and reads it again', async () => {
    const cache = createBatchKeyCache(db, 'b1');
    const sort: TableSort = { field: 'grade', dir: 'asc' };
    const before = await resolve(cache, sort, { search: '', grade: 'BBB' });
    const target = (await db.dossiers.get('b1-001'))!;
    await db.dossiers.put({ ...target, grade: 'BBB', score: 61 });
    expect(cache.snapshot().partition('grade')).toBeUndefined();
    const after = await resolve(cache, sort, { search: '', grade: 'BBB' });
    expect(after).toContain('b1-001');
    expect(after).toEqual(await reference('b1', sort, { search: '' }).then((all) => all.filter((id) => id === 'b1-001' || before.includes(id))));
    // A write to another batch leaves this batch's lists alone (U+4E00 sorts before every other name).
    const states = cache.snapshot().partition('state');
    await db.dossiers.put({ ...(await db.dossiers.get('b2-001'))!, state: 'archived' });
    expect(cache.snapshot().partition('state')).toBe(states);
    // A deleted dossier of this batch leaves it.
    await db.dossiers.delete('b1-002');
    expect(cache.snapshot().partition('state')).toBeUndefined();
    expect(await resolve(cache, sort, { search: '' })).not.toContain('b1-002');
    cache.dispose();
  });

  it('sees a renamed enterprise through the audited write path', async () => {
    const cache = createBatchKeyCache(db, 'b2');
    const sort: TableSort = { field: 'enterpriseName', dir: 'asc' };
    await resolve(cache, sort, { search: '' });
    const row = (await db.dossiers.get('b2-003'))!;
    await write(db, staff, { zh: '改名', en: 'Rename' }, (scope) => putEnterprise(scope, enterprise(row.enterpriseId, '一号测试有限公司', row.creditCode, row.region)));
    const keys = await resolve(cache, sort, { search: '一号' });
    expect(keys).toEqual(['b2-003']);
    expect((await resolve(cache, sort, { search: '' }))[0]).toBe('b2-003');
    cache.dispose();
  });
});
