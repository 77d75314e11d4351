// Push, modelled on ODK Central's submissions: ask the hub which entries (by SHA-256) it lacks,
// upload only those, then commit the signed manifest and check the hub's signed receipt. A push
// that was cut off resumes by asking again, so it sends only what is still missing.
import type { OpenedBundle } from '../../shared/bundle/read';
import { verifyReceipt, type Receipt, type SignedReceipt } from '../../shared/bundle/receipt';
import { XinpingError } from '../../shared/errors';
import { PACK_MAX_BLOB, PACK_TARGET_BYTES } from '../../shared/bundle/blob-pack';
import { HubRequestError, type HubClient } from './hub-client';

export type PushPhase = 'checking' | 'uploading' | 'committing' | 'done';

export type PushProgress = {
  readonly phase: PushPhase;
  readonly sentBytes: number;
  /** Bytes this push has to send (what the hub lacked). */
  readonly toSendBytes: number;
  /** Every entry's bytes: what a push from scratch would send. */
  readonly bundleBytes: number;
  readonly sentEntries: number;
  readonly toSendEntries: number;
};

export type PushOptions = {
  readonly onProgress?: (progress: PushProgress) => void;
  readonly concurrency?: number;
  /** Target size of one blob pack (default PACK_TARGET_BYTES). */
  readonly packBytes?: number;
  /** The hub key fingerprint registered for this hub; receipts from another key are refused. */
  readonly hubFingerprint?: string;
};

export type PushResult = {
  readonly receipt: Receipt;
  readonly signedReceipt: SignedReceipt;
  readonly isDuplicate: boolean;
  readonly sentBytes: number;
  readonly bundleBytes: number;
};

const MISSING_CHUNK = 10_000;

type Upload = { readonly sha256: string; readonly bytes: Uint8Array };

export async function pushBundle(client: HubClient, bundle: OpenedBundle, options: PushOptions = {}): Promise<PushResult> {
  const { manifest } = bundle;
  const bySha = new Map<string, Uint8Array>();
  for (const e of manifest.entries) {
    const bytes = bundle.entries.get(e.name);
    if (bytes) bySha.set(e.sha256, bytes);
  }
  const bundleBytes = [...bySha.values()].reduce((n, b) => n + b.length, 0);
  let progress: PushProgress = { phase: 'checking', sentBytes: 0, toSendBytes: 0, bundleBytes, sentEntries: 0, toSendEntries: 0 };
  const report = (change: Partial<PushProgress>): void => {
    progress = { ...progress, ...change };
    options.onProgress?.(progress);
  };
  report({});
  const upload = async (shas: readonly string[]): Promise<void> => {
    const queue: Upload[] = shas.flatMap((sha256) => {
      const bytes = bySha.get(sha256);
      return bytes ? [{ sha256, bytes }] : [];
    });
    report({ phase: 'uploading', toSendBytes: progress.toSendBytes + queue.reduce((n, u) => n + u.bytes.length, 0), toSendEntries: progress.toSendEntries + queue.length });
    await pool(packed(queue, options.packBytes ?? PACK_TARGET_BYTES), options.concurrency ?? 3, async (group) => {
      const [only] = group;
      if (group.length === 1 && only) await client.putBlob(only.sha256, only.bytes);
      else await client.putPack(group);
      report({ sentBytes: progress.sentBytes + group.reduce((n, u) => n + u.bytes.length, 0), sentEntries: progress.sentEntries + group.length });
    });
  };
  const all = [...bySha.keys()];
  for (let i = 0; i < all.length; i += MISSING_CHUNK) await upload(await client.missing(all.slice(i, i + MISSING_CHUNK)));
  report({ phase: 'committing' });
  let committed;
  try {
    committed = await client.commit(bundle.manifestText, bundle.signature);
  } catch (error) {
    // The hub lost or found damaged some entries since we asked: send those once more.
    const missing = error instanceof HubRequestError ? missingOf(error.details) : [];
    if (missing.length === 0) throw error;
    const names = new Map(manifest.entries.map((e) => [e.name, e.sha256]));
    await upload(missing.flatMap((name) => names.get(name) ?? []));
    report({ phase: 'committing' });
    committed = await client.commit(bundle.manifestText, bundle.signature);
  }
  const { isDuplicate, ...signedReceipt } = committed;
  const verified = await verifyReceipt(signedReceipt, { submissionId: bundle.manifestHash, ...(options.hubFingerprint ? { hubFingerprint: options.hubFingerprint } : {}) });
  if (!verified.ok) throw new XinpingError(verified.error);
  report({ phase: 'done' });
  return { receipt: verified.value, signedReceipt, isDuplicate, sentBytes: progress.sentBytes, bundleBytes };
}

/** Small blobs grouped into packs of about `target` bytes; large ones travel alone. */
function packed(queue: readonly Upload[], target: number): Upload[][] {
  const groups: Upload[][] = [];
  let current: Upload[] = [];
  let size = 0;
  for (const u of queue) {
    if (u.bytes.length > PACK_MAX_BLOB) {
      groups.push([u]);
      continue;
    }
    if (size + u.bytes.length > target && current.length > 0) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(u);
    size += u.bytes.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function missingOf(details: unknown): string[] {
  const missing = typeof details === 'object' && details !== null ? Reflect.get(details, 'missing') : undefined;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
}

/** Runs `work` over items with at most `size` at once; the first failure stops new starts. */
async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++];
      if (item === undefined) return;
      try {
        await work(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  if (failure !== undefined) throw failure;
}
