// Pull (supervisor side): every submission to the batch since the last pull, each imported
// through the same verify-then-merge path as a bundle file; and the final results.
import { XinpingError, type UserError } from '../../shared/errors';
import type { XinpingDb } from '../db/schema';
import type { Actor } from '../db/write';
import type { HubClient } from './hub-client';
import { createLogger } from './log';
import { importBundle, type MergeReport } from './merge';
import { addLog } from './outbox';
import type { SyncDb } from './sync-db';

const log = createLogger('pull');

export type PullReport = {
  readonly imported: readonly MergeReport[];
  /** Submissions already imported here before (by bundle id): skipped. */
  readonly skipped: number;
  readonly failed: readonly { readonly submissionId: string; readonly from: string; readonly errors: readonly UserError[] }[];
};

export async function pullBatch(db: XinpingDb, syncDb: SyncDb, client: HubClient, batchId: string, actor: Actor, clock: () => Date = () => new Date()): Promise<PullReport> {
  const imported: MergeReport[] = [];
  const failed: { submissionId: string; from: string; errors: readonly UserError[] }[] = [];
  let skipped = 0;
  let cursor = (await syncDb.status.get(batchId))?.pulledSeq ?? 0;
  for (;;) {
    const page = await client.listSubmissions(batchId, cursor);
    for (const s of page.submissions) {
      if (await syncDb.imports.get(s.bundleId)) {
        skipped += 1;
        continue;
      }
      const result = await importBundle(db, syncDb, await client.submissionBundle(s.id), { actor, batchId, now: clock, file: `${s.senderName}-${s.id.slice(0, 8)}` });
      if (result.ok) imported.push(result.value);
      else failed.push({ submissionId: s.id, from: s.senderName, errors: result.error });
    }
    // A failed one is not passed over for good: the cursor stops before it.
    const firstFailed = page.submissions.find((s) => failed.some((f) => f.submissionId === s.id));
    cursor = firstFailed ? Math.min(page.next, firstFailed.seq - 1) : page.next;
    if (page.isComplete || firstFailed) break;
  }
  const previous = await syncDb.status.get(batchId);
  await syncDb.status.put({ ...(previous ?? { batchId, state: 'idle', sentBytes: 0, totalBytes: 0 }), updatedAt: clock().toISOString(), pulledSeq: cursor });
  for (const f of failed) {
    const words = { zh: f.errors[0]?.zh ?? '', en: f.errors[0]?.en ?? '' };
    await addLog(syncDb, { batchId, at: clock().toISOString(), level: 'error', zh: `${f.from} 提交的数据包未能导入：${words.zh}`, en: `The bundle ${f.from} submitted could not be imported: ${words.en}` });
  }
  log.info(`pulled batch ${batchId}: ${imported.length} imported, ${skipped} skipped, ${failed.length} failed`);
  return { imported, skipped, failed };
}

/** Imports the batch's final results from the hub; undefined when none were published yet. */
export async function pullResults(db: XinpingDb, syncDb: SyncDb, client: HubClient, batchId: string, actor: Actor): Promise<MergeReport | undefined> {
  const bytes = await client.results(batchId);
  if (!bytes) return undefined;
  const result = await importBundle(db, syncDb, bytes, { actor, batchId, file: 'results' });
  const first = result.ok ? undefined : result.error[0];
  if (first) throw new XinpingError(first);
  if (!result.ok) throw new Error('results import failed');
  return result.value;
}
