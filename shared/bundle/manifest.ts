// The manifest: what a bundle claims to hold, signed by its sender. Spec: docs/bundle-format.md.
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION, FILE_PREFIX, MANIFEST_NAME, RECORD_ENTRIES, RECORD_ENTRY_NAMES, SIGNATURE_NAME, VERSION_2_TABLES } from './format';
import { entryNameProblem } from './entry-name';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const text = z.string().trim().min(1).max(500);
const sha256 = z.string().regex(SHA256_PATTERN, 'SHA-256 应为 64 位小写十六进制 / a SHA-256 is 64 lower-case hex digits');
const instant = z.iso.datetime({ offset: true });
const base64Url = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '坐标应为 43 位 base64url / a coordinate is 43 base64url characters');

export const senderKeySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('jwk'), jwk: z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64Url, y: base64Url }) }),
  z.strictObject({ type: z.literal('x509'), certificate: z.string().min(4).max(65_536).regex(/^[A-Za-z0-9+/]+=*$/, '证书应为 base64 / the certificate is base64') }),
]);

export type SenderKey = z.output<typeof senderKeySchema>;

export const entrySchema = z.strictObject({
  name: z.string().superRefine((name, ctx) => {
    const problem = entryNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem.zh} / ${problem.en}` });
  }),
  sha256,
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export type ManifestEntry = z.output<typeof entrySchema>;

export const BUNDLE_KINDS = ['batch', 'reviewer', 'results'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const manifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(BUNDLE_VERSION)]),
    bundleId: z.string().regex(/^[A-Za-z0-9._-]{8,64}$/, '数据包编号应为 8–64 位字母数字 / the bundle id is 8–64 letters, digits, ".", "_" or "-"'),
    kind: z.enum(BUNDLE_KINDS),
    batch: z.strictObject({ id: text, title: z.string().max(500) }),
    sender: z.strictObject({
      name: text,
      role: z.enum(['reviewer', 'staff', 'supervisor']),
      reviewerId: text.optional(),
      workstationId: z.string().max(200).optional(),
      key: senderKeySchema,
    }),
    createdAt: instant,
    /** The sender's audit chain head when the bundle was made (see shared/audit.ts). */
    auditHead: z.strictObject({ seq: z.number().int().min(0), hash: sha256 }).optional(),
    entries: z.array(entrySchema),
  })
  .superRefine((m, ctx) => {
    const newer: ReadonlySet<string> = new Set(VERSION_2_TABLES.map((t) => RECORD_ENTRIES[t]));
    const seen = new Set<string>();
    m.entries.forEach((entry, i) => {
      const path = ['entries', i, 'name'];
      if (seen.has(entry.name)) ctx.addIssue({ code: 'custom', path, message: `条目“${entry.name}”重复 / entry "${entry.name}" is listed twice` });
      seen.add(entry.name);
      if (m.formatVersion === 1 && newer.has(entry.name)) ctx.addIssue({ code: 'custom', path, message: `版本 1 的数据包不能含“${entry.name}” / a version 1 bundle cannot hold "${entry.name}"` });
      if (entry.name === MANIFEST_NAME || entry.name === SIGNATURE_NAME) {
        ctx.addIssue({ code: 'custom', path, message: `清单不能列出“${entry.name}” / the manifest cannot list "${entry.name}"` });
      } else if (entry.name.startsWith(FILE_PREFIX)) {
        if (entry.name !== `${FILE_PREFIX}${entry.sha256}`) {
          ctx.addIssue({ code: 'custom', path, message: `文件条目应命名为 files/<SHA-256> / a file entry is named files/<its SHA-256>` });
        }
      } else if (!RECORD_ENTRY_NAMES.has(entry.name)) {
        ctx.addIssue({ code: 'custom', path, message: `未知条目“${entry.name}” / unknown entry "${entry.name}"` });
      }
    });
    if (m.kind === 'reviewer' && m.sender.reviewerId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sender', 'reviewerId'], message: '评审员数据包须注明评审员 / a reviewer bundle names its reviewer' });
    }
  });

export type Manifest = z.output<typeof manifestSchema>;

export const signatureSchema = z.strictObject({
  algorithm: z.literal('ES256'),
  /** IEEE P1363 r‖s (64 bytes), base64 — what WebCrypto ECDSA produces. */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, '签名应为 64 字节 base64 / the signature is 64 bytes of base64'),
});

export type BundleSignature = z.output<typeof signatureSchema>;

/** The bytes that are signed, stored as manifest.json, and hashed into the submission id. */
export function manifestText(manifest: Manifest): string {
  return canonicalJson(manifest);
}

/** A submission's identity on the hub: SHA-256 of the canonical manifest. */
export function manifestHash(manifest: Manifest): string {
  return sha256Hex(manifestText(manifest));
}
