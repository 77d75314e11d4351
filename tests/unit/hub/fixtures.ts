// Bundles for hub tests, signed by fresh workstation keys.
import { readBundle, type VerifiedBundle } from '../../../shared/bundle/read';
import { writeBundle, type WrittenBundle } from '../../../shared/bundle/write';
import type { ManifestSigner } from '../../../shared/bundle/signature';
import { reviewerDraft, type SampleOptions } from '../../../hub/testing/sample-batch';
import { BATCH } from '../../../hub/testing/test-tokens';
import { createHubClient, type HubClient } from '../../../renderer/sync/hub-client';
import { newSigner } from '../bundle/fixtures';

export async function reviewerBundle(reviewer: string, options: Partial<SampleOptions> = {}, signer?: ManifestSigner): Promise<WrittenBundle> {
  return writeBundle(reviewerDraft({ batchId: BATCH, dossiers: 4, reviewer, fileBytes: () => 4096, ...options }), signer ?? (await newSigner()));
}

export async function verified(written: WrittenBundle): Promise<VerifiedBundle> {
  const read = await readBundle(written.bytes);
  if (!read.ok) throw new Error(read.error.map((e) => e.en).join('; '));
  return read.value;
}

export function client(url: string, token: string): HubClient {
  return createHubClient({ baseUrl: url, token });
}

/** The supervisor's final results for the batch. */
export async function resultsBundle(bundleId: string): Promise<WrittenBundle> {
  const draft = reviewerDraft({ batchId: BATCH, dossiers: 3, reviewer: '张三', fileBytes: () => 2048, seed: 77, bundleId });
  return writeBundle({ ...draft, kind: 'results', sender: { name: '王主管', role: 'supervisor' } }, await newSigner());
}

export async function count(sql: { query: (text: string) => Promise<Record<string, unknown>[]> }, table: string): Promise<number> {
  const rows = await sql.query(`select count(*)::int as n from ${table}`);
  return Number(rows[0]?.n);
}
