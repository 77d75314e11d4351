// Packs records and files into a signed bundle. Record tables are canonical JSON, so the same
// records always make the same bytes (and the hub stores them once); files are stored, not
// deflated (PDFs and scans are compressed already).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { canonicalJson, sha256Hex } from '../canonical';
import type { IsoInstant, Role } from '../model';
import { BUNDLE_VERSION, fileEntryName, MANIFEST_NAME, RECORD_ENTRIES, RECORD_TABLE_NAMES, SIGNATURE_NAME } from './format';
import { manifestHash, manifestText, type BundleKind, type BundleSignature, type Manifest, type ManifestEntry } from './manifest';
import type { BundleRecords } from './record-schemas';
import { signBase64, type ManifestSigner } from './signature';
import { sha256HexAsync } from './webcrypto';

export type BundleDraft = {
  readonly bundleId: string;
  readonly kind: BundleKind;
  readonly batch: { readonly id: string; readonly title: string };
  readonly sender: { readonly name: string; readonly role: Role; readonly reviewerId?: string; readonly workstationId?: string };
  readonly createdAt: IsoInstant;
  readonly auditHead?: { readonly seq: number; readonly hash: string };
  readonly records: BundleRecords;
  /** Attachment and document bytes; each is stored once, named by its SHA-256. */
  readonly files: readonly Uint8Array[];
};

export type WrittenBundle = {
  readonly bytes: Uint8Array;
  readonly manifest: Manifest;
  readonly manifestText: string;
  /** The submission id on the hub. */
  readonly manifestHash: string;
  readonly signature: BundleSignature;
};

/** DOS time cannot hold years before 1980; a fixed stamp keeps the zip reproducible. */
function zipTime(createdAt: string): Date {
  const at = new Date(createdAt);
  return at.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : at;
}

export async function writeBundle(draft: BundleDraft, signer: ManifestSigner): Promise<WrittenBundle> {
  const mtime = zipTime(draft.createdAt);
  const zippable: Zippable = {};
  const entries: ManifestEntry[] = [];
  for (const table of RECORD_TABLE_NAMES) {
    const bytes = strToU8(canonicalJson(draft.records[table]));
    const name = RECORD_ENTRIES[table];
    entries.push({ name, sha256: sha256Hex(bytes), size: bytes.length });
    zippable[name] = [bytes, { level: 6, mtime }];
  }
  const fileHashes = await Promise.all(draft.files.map(sha256HexAsync));
  for (const [i, bytes] of draft.files.entries()) {
    const sha256 = fileHashes[i] ?? '';
    const name = fileEntryName(sha256);
    if (zippable[name]) continue;
    entries.push({ name, sha256, size: bytes.length });
    zippable[name] = [bytes, { level: 0, mtime }];
  }
  const manifest: Manifest = {
    format: 'xinping-bundle',
    formatVersion: BUNDLE_VERSION,
    bundleId: draft.bundleId,
    kind: draft.kind,
    batch: draft.batch,
    sender: { ...draft.sender, key: signer.key },
    createdAt: draft.createdAt,
    ...(draft.auditHead ? { auditHead: draft.auditHead } : {}),
    entries,
  };
  const text = manifestText(manifest);
  const textBytes = strToU8(text);
  const signature: BundleSignature = { algorithm: 'ES256', value: await signBase64(signer, textBytes) };
  zippable[MANIFEST_NAME] = [textBytes, { level: 6, mtime }];
  zippable[SIGNATURE_NAME] = [strToU8(canonicalJson(signature)), { level: 0, mtime }];
  // manifest first so a reader meets it before the data it describes
  const ordered: Zippable = { [MANIFEST_NAME]: zippable[MANIFEST_NAME], [SIGNATURE_NAME]: zippable[SIGNATURE_NAME], ...zippable };
  return { bytes: zipSync(ordered), manifest, manifestText: text, manifestHash: manifestHash(manifest), signature };
}
