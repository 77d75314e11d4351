import { useLiveQuery } from 'dexie-react-hooks';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';

/** All batches, newest year first, then by title. */
export function useBatches(): readonly Batch[] | undefined {
  return useLiveQuery(async () => {
    const batches = await db.batches.toArray();
    return batches.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'zh-CN'));
  });
}

export function useBatch(batchId: string | undefined): Batch | undefined | null {
  return useLiveQuery(async () => (batchId ? ((await db.batches.get(batchId)) ?? null) : null), [batchId]);
}
