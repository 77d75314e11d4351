// Submissions as stored: the row a commit writes and the reads pulls make.
import type { SignedReceipt } from '../shared/bundle/receipt';
import type { Sql, SqlQuery } from './db/sql';
import { isoOf, jsonOf, numberOf } from './db/sql';

export type SubmissionRow = {
  readonly id: string;
  readonly seq: number;
  readonly bundleId: string;
  readonly batchId: string;
  readonly kind: string;
  readonly senderName: string;
  readonly senderRole: string;
  readonly reviewerId: string | null;
  readonly keyFingerprint: string;
  readonly entryCount: number;
  readonly totalBytes: number;
  readonly receivedAt: string;
  readonly receipt: SignedReceipt;
};

export const SUBMISSION_COLUMNS =
  'id, seq, bundle_id, batch_id, kind, sender_name, sender_role, reviewer_id, key_fingerprint, entry_count, total_bytes, received_at, receipt, token_id';

export function toSubmission(row: Record<string, unknown>): SubmissionRow {
  return {
    id: String(row.id),
    seq: numberOf(row.seq),
    bundleId: String(row.bundle_id),
    batchId: String(row.batch_id),
    kind: String(row.kind),
    senderName: String(row.sender_name),
    senderRole: String(row.sender_role),
    reviewerId: row.reviewer_id === null || row.reviewer_id === undefined ? null : String(row.reviewer_id),
    keyFingerprint: String(row.key_fingerprint),
    entryCount: numberOf(row.entry_count),
    totalBytes: numberOf(row.total_bytes),
    receivedAt: isoOf(row.received_at),
    // Written by this hub from a validated receipt.
    receipt: jsonOf(row.receipt) as SignedReceipt,
  };
}

export async function findSubmission(sql: SqlQuery, id: string): Promise<(SubmissionRow & { tokenId: string }) | undefined> {
  const row = (await sql.query(`select ${SUBMISSION_COLUMNS} from submissions where id = $1`, [id]))[0];
  return row ? { ...toSubmission(row), tokenId: String(row.token_id) } : undefined;
}

export async function submissionByBundleId(sql: SqlQuery, bundleId: string): Promise<string | undefined> {
  const row = (await sql.query('select id from submissions where bundle_id = $1', [bundleId]))[0];
  return row ? String(row.id) : undefined;
}

export async function submissionText(sql: Sql, id: string): Promise<{ manifest: string; signature: unknown; entries: { name: string; sha256: string }[] } | undefined> {
  const row = (await sql.query('select manifest, signature from submissions where id = $1', [id]))[0];
  if (!row) return undefined;
  const entries = await sql.query<{ name: string; sha256: string }>('select name, sha256 from submission_entries where submission_id = $1 order by name', [id]);
  return { manifest: String(row.manifest), signature: jsonOf(row.signature), entries };
}
