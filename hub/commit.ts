// Commit: the manifest and its signature arrive after the blobs. Everything is checked — the
// manifest's schema and canonical form, the signature, the sender's right to this batch, every
// blob's presence, size and SHA-256 re-read from disk, the records' schemas — and then the
// submission and its entries are written in one transaction, and a signed receipt returned.
// Same manifest again: the same receipt. Same bundle id with other content: 409.
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { parseRecords } from '../shared/bundle/contents';
import { FILE_PREFIX } from '../shared/bundle/format';
import { manifestHash, type Manifest } from '../shared/bundle/manifest';
import { parseManifest, parseSignature } from '../shared/bundle/parse-manifest';
import { receiptBytes, type Receipt, type SignedReceipt } from '../shared/bundle/receipt';
import { toBase64 } from '../shared/bundle/base64';
import { verifySignature } from '../shared/bundle/signature';
import type { BlobStore } from './blob-store';
import type { Sql } from './db/sql';
import { hubErrors, type HubError } from './hub-errors';
import type { HubKey } from './hub-key';
import { createLogger } from './log';
import { findSubmission, submissionByBundleId } from './submissions';
import { canAccessBatch, type Principal } from './tokens';

const log = createLogger('commit');

export const commitBodySchema = z.strictObject({ manifest: z.string().min(2).max(64 * 1024 * 1024), signature: z.unknown() });

export type CommitDeps = { readonly sql: Sql; readonly blobs: BlobStore; readonly hubKey: HubKey; readonly now?: () => Date };

export type CommitOutcome = { readonly ok: true; readonly isNew: boolean; readonly receipt: SignedReceipt } | { readonly ok: false; readonly failure: HubError };

const fail = (failure: HubError): CommitOutcome => ({ ok: false, failure });

function authorise(p: Principal, m: Manifest): HubError | undefined {
  if (!canAccessBatch(p, m.batch.id)) return hubErrors.forbiddenBatch(m.batch.id);
  if (p.role !== 'reviewer') return undefined;
  if (m.kind !== 'reviewer') return hubErrors.forbidden('评审员只能提交本人的评分数据包', 'a reviewer may submit only their own reviewer bundle');
  if (m.sender.reviewerId !== p.user) {
    return hubErrors.forbidden(`数据包署名评审员“${m.sender.reviewerId ?? ''}”，而令牌属于“${p.user}”`, `the bundle names reviewer "${m.sender.reviewerId ?? ''}" but the token is ${p.user}'s`);
  }
  return undefined;
}

async function checkBlobs(deps: CommitDeps, m: Manifest): Promise<HubError | undefined> {
  const sizes = await Promise.all(m.entries.map((e) => deps.blobs.size(e.sha256)));
  const missing = m.entries.filter((e, i) => sizes[i] !== e.size).map((e) => e.name);
  if (missing.length > 0) return hubErrors.missingBlobs(missing);
  for (let i = 0; i < m.entries.length; i += 16) {
    const slice = m.entries.slice(i, i + 16);
    const intact = await Promise.all(slice.map((e) => deps.blobs.isIntact(e.sha256, e.size)));
    const damaged = slice.find((_, k) => !intact[k]);
    if (damaged) {
      await deps.blobs.remove(damaged.sha256);
      return hubErrors.damagedBlob(damaged.name);
    }
  }
  return undefined;
}

export async function commitSubmission(deps: CommitDeps, principal: Principal, body: z.output<typeof commitBodySchema>): Promise<CommitOutcome> {
  const parsed = parseManifest(body.manifest);
  if (!parsed.ok) return fail(hubErrors.invalid(parsed.error));
  const signature = parseSignature(JSON.stringify(body.signature ?? null));
  if (!signature.ok) return fail(hubErrors.invalid(signature.error));
  const { manifest, text } = parsed.value;
  const signer = await verifySignature(manifest.sender.key, strToU8(text), signature.value.value, { entry: 'signature.json' });
  if (!signer.ok) return fail(hubErrors.invalid([signer.error]));
  const refused = authorise(principal, manifest);
  if (refused) return fail(refused);
  const id = manifestHash(manifest);
  const existing = await findSubmission(deps.sql, id);
  if (existing) return { ok: true, isNew: false, receipt: existing.receipt };
  const takenBy = await submissionByBundleId(deps.sql, manifest.bundleId);
  if (takenBy !== undefined) {
    // An identical push may have committed between the two reads: that is a duplicate, not a clash.
    const raced = takenBy === id ? await findSubmission(deps.sql, id) : undefined;
    return raced ? { ok: true, isNew: false, receipt: raced.receipt } : fail(hubErrors.bundleIdTaken(manifest.bundleId));
  }
  const blobProblem = await checkBlobs(deps, manifest);
  if (blobProblem) return fail(blobProblem);
  // Packs cut off midway leave blobs that were stored but never flushed: flush before the receipt.
  await deps.blobs.sync(manifest.entries.map((e) => e.sha256), true);
  const recordBytes = new Map<string, Uint8Array>();
  for (const e of manifest.entries) if (!e.name.startsWith(FILE_PREFIX)) recordBytes.set(e.name, await deps.blobs.read(e.sha256));
  const records = parseRecords(manifest, (name) => recordBytes.get(name));
  if (!records.ok) return fail(hubErrors.invalid(records.error));
  const totalBytes = manifest.entries.reduce((n, e) => n + e.size, 0);
  const receipt: Receipt = {
    hub: deps.hubKey.fingerprint,
    submissionId: id,
    bundleId: manifest.bundleId,
    batchId: manifest.batch.id,
    kind: manifest.kind,
    sender: { name: manifest.sender.name, fingerprint: signer.value.fingerprint },
    entries: manifest.entries.length,
    bytes: totalBytes,
    receivedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  const signed: SignedReceipt = { receipt, signature: toBase64(await deps.hubKey.signer.sign(receiptBytes(receipt))), hubKey: deps.hubKey.publicKey };
  const outcome = await deps.sql.transaction(async (tx): Promise<CommitOutcome> => {
    const inserted = await tx.query(
      `insert into submissions (id, bundle_id, batch_id, kind, sender_name, sender_role, reviewer_id, key_fingerprint, token_id, manifest, signature, receipt, entry_count, total_bytes, received_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12::text::jsonb, $13, $14, $15)
       on conflict do nothing returning id`,
      [id, manifest.bundleId, manifest.batch.id, manifest.kind, manifest.sender.name, manifest.sender.role, manifest.sender.reviewerId ?? null, signer.value.fingerprint, principal.tokenId, text, JSON.stringify(signature.value), JSON.stringify(signed), manifest.entries.length, totalBytes, receipt.receivedAt],
    );
    if (inserted.length === 0) return { ok: false, failure: hubErrors.bundleIdTaken(manifest.bundleId) };
    await tx.query(
      `insert into submission_entries (submission_id, name, sha256, size)
       select $1, e.name, e.sha256, e.size from jsonb_to_recordset($2::text::jsonb) as e(name text, sha256 text, size bigint)`,
      [id, JSON.stringify(manifest.entries)],
    );
    return { ok: true, isNew: true, receipt: signed };
  });
  if (!outcome.ok) {
    // Lost a race with an identical commit: answer as for a duplicate.
    const raced = await findSubmission(deps.sql, id);
    if (raced) return { ok: true, isNew: false, receipt: raced.receipt };
    return outcome;
  }
  log.info(`committed ${manifest.kind} submission ${id.slice(0, 12)} (${manifest.entries.length} entries, ${totalBytes} bytes) for batch ${manifest.batch.id} from ${manifest.sender.name}`);
  return outcome;
}
