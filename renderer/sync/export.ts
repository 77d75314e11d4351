// Export: a batch (or one reviewer's part) from the database to signed bundle bytes, for a file
// or for the outbox. Each record carries its lineage (the version it was last synced at), and
// what is sent becomes the new base here.
import { err, ok, XinpingError, type Result } from '../../shared/errors';
import { SYNCED_TABLES } from '../../shared/bundle/format';
import type { LineageEntry } from '../../shared/bundle/record-schemas';
import type { ManifestSigner } from '../../shared/bundle/signature';
import { writeBundle, type BundleDraft, type WrittenBundle } from '../../shared/bundle/write';
import type { Role } from '../../shared/model';
import type { XinpingDb } from '../db/schema';
import { collect, type ExportScope } from './collect';
import { createLogger } from './log';
import { recordHash } from './record-forms';
import { seededBase } from './seeded';
import type { SyncBase, SyncDb } from './sync-db';

const log = createLogger('export');

export type Sender = { readonly name: string; readonly role: Role; readonly reviewerId?: string; readonly workstationId?: string };

export type ExportOptions = ExportScope & {
  readonly sender: Sender;
  readonly signer: ManifestSigner;
  readonly now?: () => Date;
  readonly bundleId?: string;
};

export type ExportedBundle = WrittenBundle & { readonly counts: Readonly<Record<string, number>> };

export async function exportBundle(db: XinpingDb, syncDb: SyncDb, options: ExportOptions): Promise<Result<ExportedBundle>> {
  const now = (options.now ?? ((): Date => new Date()))().toISOString();
  let collected;
  try {
    collected = await collect(db, options);
  } catch (cause) {
    if (cause instanceof XinpingError) return err(cause.detail);
    throw cause;
  }
  const { records } = collected;
  const sent = SYNCED_TABLES.flatMap((table) => records[table].map((r) => ({ table, id: r.id, hash: recordHash(r) })));
  const stored = await syncDb.bases.bulkGet(sent.map((h) => [h.table, h.id]));
  const hashes: SyncBase[] = sent.map((h, i) => {
    const base = stored[i];
    // Sent before as it is: still built on what that version was built on, not on itself.
    const parent = base === undefined ? seededBase(h.table, h.id) : base.hash === h.hash ? base.parent : base.hash;
    return { ...h, at: now, ...(parent === undefined || parent === h.hash ? {} : { parent }) };
  });
  const lineage: LineageEntry[] = hashes.flatMap((h) => (h.parent === undefined ? [] : [{ table: h.table, id: h.id, parent: h.parent }]));
  const draft: BundleDraft = {
    bundleId: options.bundleId ?? crypto.randomUUID(),
    kind: options.kind,
    batch: { id: options.batchId, title: collected.batchTitle },
    sender: options.sender,
    createdAt: now,
    auditHead: collected.auditHead,
    records: { ...records, lineage },
    files: collected.files,
  };
  const written = await writeBundle(draft, options.signer);
  // From now on the other side may build on these versions.
  await syncDb.bases.bulkPut(hashes);
  const counts = Object.fromEntries(SYNCED_TABLES.map((t) => [t, records[t].length]));
  log.info(`exported ${options.kind} bundle ${draft.bundleId} for batch ${options.batchId}`, counts);
  return ok({ ...written, counts });
}
