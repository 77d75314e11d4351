// The hub's signed receipt for a committed submission: proof, for the sender, that the hub holds
// exactly the bundle with this manifest hash. Signed ES256 over the canonical receipt JSON.
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { canonicalJson } from '../canonical';
import { err, ok, userError, type Result } from '../errors';
import { BUNDLE_KINDS, SHA256_PATTERN, senderKeySchema } from './manifest';
import { verifySignature } from './signature';

const sha256 = z.string().regex(SHA256_PATTERN);

export const receiptSchema = z.strictObject({
  /** JWK thumbprint of the hub's key. */
  hub: sha256,
  submissionId: sha256,
  bundleId: z.string().min(1),
  batchId: z.string().min(1),
  kind: z.enum(BUNDLE_KINDS),
  sender: z.strictObject({ name: z.string().min(1), fingerprint: sha256 }),
  entries: z.number().int().min(0),
  bytes: z.number().int().min(0),
  receivedAt: z.iso.datetime({ offset: true }),
});

export type Receipt = z.output<typeof receiptSchema>;

export const signedReceiptSchema = z.strictObject({
  receipt: receiptSchema,
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  hubKey: senderKeySchema,
});

export type SignedReceipt = z.output<typeof signedReceiptSchema>;

export function receiptBytes(receipt: Receipt): Uint8Array {
  return strToU8(canonicalJson(receipt));
}

/** Checks the receipt's signature, that it is the hub's key, and that it is for this submission. */
export async function verifyReceipt(input: unknown, expected: { readonly submissionId: string; readonly hubFingerprint?: string }): Promise<Result<Receipt>> {
  const bad = (zh: string, en: string): Result<never> => err(userError('sync.bad_receipt', `中心返回的回执无效：${zh}`, `the hub's receipt is not valid: ${en}`));
  const parsed = signedReceiptSchema.safeParse(input);
  if (!parsed.success) return bad('格式不对', 'it is malformed');
  const { receipt, signature, hubKey } = parsed.data;
  const verified = await verifySignature(hubKey, receiptBytes(receipt), signature);
  if (!verified.ok) return bad('签名验证失败', 'its signature does not verify');
  if (verified.value.fingerprint !== receipt.hub) return bad('签名密钥与回执所示中心不符', 'it is signed by a key other than the hub it names');
  if (expected.hubFingerprint !== undefined && receipt.hub !== expected.hubFingerprint) return bad('并非来自已登记的中心', 'it is not from the registered hub');
  if (receipt.submissionId !== expected.submissionId) return bad('回执对应的是另一个数据包', 'it is for a different bundle');
  return ok(receipt);
}
