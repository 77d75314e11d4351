import { afterEach, describe, expect, it } from 'vitest';
import { toDossierRow, type DossierRow } from '../../../renderer/db/rows';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write } from '../../../renderer/db/write';
import { createRowCache, type RowCache } from '../../../renderer/features/dossiers/row-cache';
import { OPERATIONS } from '../../../shared/operations';
import { dossier, enterprise, openTestDb, staff } from '../db/helpers';

let db: XinpingDb;
let cache: RowCache;

async function setup(count: number, maxRows?: number): Promise<DossierRow[]> {
  db = openTestDb();
  const rows = Array.from({ length: count }, (_, i) => toDossierRow(dossier(`d${i}`, 'b1', `e${i}`), enterprise(`e${i}`, `企业${i}有限公司`, `91110000MA00000${String(i).padStart(3, '0')}`)));
  await db.dossiers.bulkPut(rows);
  cache = createRowCache(db, maxRows);
  return rows;
}

afterEach(() => {
  cache.dispose();
  db.close();
});

describe('row cache', () => {
  it('answers from memory, in the order asked, once every row was read', async () => {
    await setup(5);
    expect(cache.cached(['d1', 'd2'])).toBeUndefined();
    await cache.read(['d1', 'd2', 'd3']);
    const keys = ['d3', 'd1'];
    expect(cache.cached(keys)?.map((r) => r.enterpriseName)).toEqual(['企业3有限公司', '企业1有限公司']);
    // The same array while nothing changed: a render that asks again changes nothing.
    expect(cache.cached(keys)).toBe(cache.cached(keys));
    expect(cache.cached(['d1', 'd4'])).toBeUndefined();
    await cache.prefetch(['d1', 'd4']);
    expect(cache.cached(['d1', 'd4'])).toHaveLength(2);
  });

  it('never shows a row older than the database: a write empties it', async () => {
    await setup(3);
    const keys = ['d0', 'd1'];
    await cache.read(keys);
    expect(cache.cached(keys)?.[0]?.state).toBe('applied');
    await write(db, staff, OPERATIONS.editEnterprise, (scope) => scope.update('dossiers', 'd0', { state: 'screened' }));
    expect(cache.cached(keys)).toBeUndefined();
    await cache.read(keys);
    expect(cache.cached(keys)?.[0]?.state).toBe('screened');
  });

  it('keeps only the rows read last once full', async () => {
    await setup(6, 3);
    await cache.read(['d0', 'd1', 'd2']);
    await cache.read(['d3', 'd4']);
    expect(cache.cached(['d2', 'd3', 'd4'])).toHaveLength(3);
    expect(cache.cached(['d0'])).toBeUndefined();
    expect(cache.cached(['d1'])).toBeUndefined();
  });
});
