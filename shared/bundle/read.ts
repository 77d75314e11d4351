// Reads a bundle and believes nothing until it is checked, in this order: the zip (names,
// sizes, bombs), the manifest (version, schema, canonical form), the signature, every entry's
// size and SHA-256, then the records' schemas and references. Only then is anything returned.
import { err, ok, type Result } from '../errors';
import { strToU8 } from 'fflate';
import { errors } from './bundle-errors';
import { checkEntries, parseRecords } from './contents';
import { DEFAULT_LIMITS, FILE_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, type ReadLimits } from './format';
import { unzipGuarded } from './guarded-unzip';
import { manifestHash, type BundleSignature, type Manifest } from './manifest';
import { parseManifest, parseSignature, type Errors } from './parse-manifest';
import type { BundleRecords } from './record-schemas';
import { verifySignature, type SignerInfo } from './signature';

export type ReadOptions = {
  readonly limits?: Partial<ReadLimits>;
  /** The file name shown in messages, e.g. "2015年第三批-张三.xpb". */
  readonly file?: string;
  /** Decide whether to accept this signer (e.g. a pinned key); default: any valid signature. */
  readonly isTrusted?: (signer: SignerInfo, manifest: Manifest) => boolean | Promise<boolean>;
};

/** A bundle whose zip, manifest and signature were checked, but not yet each entry's hash. */
export type OpenedBundle = {
  readonly manifest: Manifest;
  readonly manifestText: string;
  readonly manifestHash: string;
  readonly signature: BundleSignature;
  readonly signer: SignerInfo;
  /** Every entry's bytes by name (manifest.json and signature.json included). */
  readonly entries: ReadonlyMap<string, Uint8Array>;
};

export type VerifiedBundle = OpenedBundle & {
  readonly records: BundleRecords;
  /** Attachment and document bytes by SHA-256. */
  readonly files: ReadonlyMap<string, Uint8Array>;
};

/**
 * Steps 1–5 only (zip, manifest, signature) and that every listed entry is there: enough to
 * push a bundle this workstation signed itself, since the hub checks every hash and record.
 */
export async function openBundle(bytes: Uint8Array, options: ReadOptions = {}): Promise<Result<OpenedBundle, Errors>> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const file = options.file;
  const where = file === undefined ? {} : { file };
  const unzipped = unzipGuarded(bytes, limits, file);
  if (!unzipped.ok) return err([unzipped.error]);
  const entries = unzipped.value;
  const manifestBytes = entries.get(MANIFEST_NAME);
  if (!manifestBytes) return err([errors.missing({ ...where, entry: MANIFEST_NAME })]);
  if (manifestBytes.length > limits.maxManifestBytes) {
    return err([errors.entryTooBig(manifestBytes.length, limits.maxManifestBytes, { ...where, entry: MANIFEST_NAME })]);
  }
  const parsed = parseManifest(manifestBytes, file);
  if (!parsed.ok) return parsed;
  const { manifest, text } = parsed.value;
  const signatureBytes = entries.get(SIGNATURE_NAME);
  if (!signatureBytes) return err([errors.missing({ ...where, entry: SIGNATURE_NAME })]);
  const signature = parseSignature(signatureBytes, file);
  if (!signature.ok) return signature;
  const signer = await verifySignature(manifest.sender.key, strToU8(text), signature.value.value, { ...where, entry: SIGNATURE_NAME });
  if (!signer.ok) return err([signer.error]);
  if (options.isTrusted && !(await options.isTrusted(signer.value, manifest))) return err([errors.untrusted(signer.value.fingerprint, where)]);
  const absent = manifest.entries.find((e) => entries.get(e.name)?.length !== e.size);
  if (absent) return err([entries.has(absent.name) ? errors.sizeVsManifest(absent.size, entries.get(absent.name)?.length ?? 0, { ...where, entry: absent.name }) : errors.missing({ ...where, entry: absent.name })]);
  return ok({ manifest, manifestText: text, manifestHash: manifestHash(manifest), signature: signature.value, signer: signer.value, entries });
}

export async function readBundle(bytes: Uint8Array, options: ReadOptions = {}): Promise<Result<VerifiedBundle, Errors>> {
  const opened = await openBundle(bytes, options);
  if (!opened.ok) return opened;
  const { manifest, entries } = opened.value;
  const file = options.file;
  const checked = await checkEntries(manifest, entries, file);
  if (!checked.ok) return checked;
  const records = parseRecords(manifest, (name) => entries.get(name), file);
  if (!records.ok) return records;
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.entries) {
    const content = entries.get(entry.name);
    if (entry.name.startsWith(FILE_PREFIX) && content) files.set(entry.sha256, content);
  }
  return ok({ ...opened.value, records: records.value, files });
}
