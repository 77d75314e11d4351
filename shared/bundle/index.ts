// The bundle format: write, read (verify everything first), and the shapes both sides share.
export { BUNDLE_FORMAT, BUNDLE_VERSION, DEFAULT_LIMITS, FILE_PREFIX, MANIFEST_NAME, RECORD_ENTRIES, SIGNATURE_NAME, fileEntryName, type ReadLimits, type RecordTableName } from './format';
export { entryNameProblem, isSafeEntryName } from './entry-name';
export { manifestHash, manifestSchema, manifestText, senderKeySchema, signatureSchema, type BundleKind, type BundleSignature, type Manifest, type ManifestEntry, type SenderKey } from './manifest';
export { EMPTY_RECORDS, type BundleRecords, type DocumentMeta } from './record-schemas';
export { certificateSenderKey, jwkSenderKey, keyFingerprint, verifySignature, webCryptoSigner, type ManifestSigner, type OpaqueKey, type SignerInfo } from './signature';
export { writeBundle, type BundleDraft, type WrittenBundle } from './write';
export { openBundle, readBundle, type OpenedBundle, type ReadOptions, type VerifiedBundle } from './read';
export { checkEntries, parseRecords } from './contents';
export { parseManifest, parseSignature } from './parse-manifest';
export { toBase64, fromBase64 } from './base64';
export { receiptBytes, receiptSchema, signedReceiptSchema, verifyReceipt, type Receipt, type SignedReceipt } from './receipt';
export { SYNCED_TABLES, type SyncedTable } from './format';
export type { LineageEntry } from './record-schemas';
export { sha256HexAsync } from './webcrypto';
