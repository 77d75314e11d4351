import { afterEach, describe, expect, it } from 'vitest';
import type { XinpingDb } from '../../../renderer/db/schema';
import { onWriteError, write, type WriteFailure } from '../../../renderer/db/write';
import { OPERATIONS } from '../../../shared/operations';
import { batch, openTestDb, staff } from './helpers';

let db: XinpingDb;
let unsubscribe: () => void = () => undefined;
afterEach(() => {
  unsubscribe();
  db.close();
});

describe('write refuses operations outside the actor role', () => {
  it('refuses a reviewer creating a batch, writes nothing and says why in both languages', async () => {
    db = openTestDb();
    const failures: WriteFailure[] = [];
    unsubscribe = onWriteError((f) => failures.push(f));
    const reviewer = { actor: '评审员甲', role: 'reviewer' as const };
    await expect(write(db, reviewer, OPERATIONS.createBatch, (s) => s.put('batches', batch('b1')))).rejects.toThrow(/reviewer/);
    expect(await db.batches.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error.code).toBe('role.refused');
    expect(failures[0]?.error.zh).toContain('评审员');
    expect(failures[0]?.error.zh).toContain('新建批次');
  });

  it('lets staff create the same batch and records who did it', async () => {
    db = openTestDb();
    await write(db, staff, OPERATIONS.createBatch, (s) => s.put('batches', batch('b1')));
    expect(await db.batches.count()).toBe(1);
    const [entry] = await db.audit.toArray();
    expect(entry?.role).toBe('staff');
  });

  it('refuses a staff member reopening a submitted score sheet (supervisor only)', async () => {
    db = openTestDb();
    await expect(write(db, staff, OPERATIONS.reopenScoreSheet, () => Promise.resolve())).rejects.toThrow(/supervisor/);
  });
});
