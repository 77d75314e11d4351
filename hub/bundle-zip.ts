// A stored submission as a bundle again: its signed manifest and signature as received, and each
// entry's bytes from the blob store. The zip bytes differ from the sender's; the signed content
// does not, and the workstation verifies all of it on import.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { canonicalJson } from '../shared/canonical';
import type { BlobStore } from './blob-store';
import type { Sql } from './db/sql';
import { submissionText } from './submissions';

export async function submissionBundle(sql: Sql, blobs: BlobStore, id: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const stored = await submissionText(sql, id);
  if (!stored) return undefined;
  const files: Zippable = {
    'manifest.json': [strToU8(stored.manifest), { level: 0 }],
    'signature.json': [strToU8(canonicalJson(stored.signature)), { level: 0 }],
  };
  for (const entry of stored.entries) files[entry.name] = [await blobs.read(entry.sha256), { level: 0 }];
  return zipSync(files);
}
