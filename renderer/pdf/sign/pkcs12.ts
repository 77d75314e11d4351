// PKCS#12 (.p12 / .pfx) import: the organisation's key and certificate from a file and password.
// PKI.js handles PBES2 (AES) protection as written by current OpenSSL and Windows; legacy
// RC2/3DES files must be re-exported. The private key is imported non-extractable.
import type { Certificate, PrivateKeyInfo, SafeBag } from 'pkijs';
import { err, ok, userError, type Result, type UserError } from '../../../shared/errors';
import { toArrayBuffer } from './bytes';
import { certificateInfo, type CertificateInfo } from './certificate-info';
import type { SigningIdentity } from './keys';
import { OID, pki } from './pki';

const BAG = { key: '1.2.840.113549.1.12.10.1.1', shroudedKey: '1.2.840.113549.1.12.10.1.2', cert: '1.2.840.113549.1.12.10.1.3' } as const;

function fail(code: string, zh: string, en: string, file?: string): Result<never> {
  const error: UserError = userError(code, zh, en, file ? { file } : undefined);
  return err(error);
}

function importParams(info: PrivateKeyInfo): EcKeyImportParams | RsaHashedImportParams | null {
  const alg = info.privateKeyAlgorithm;
  if (alg.algorithmId === OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (alg.algorithmId !== OID.ecPublicKey) return null;
  const curve = (alg.algorithmParams as { valueBlock?: { toString(): string } } | undefined)?.valueBlock?.toString();
  if (curve === OID.p256) return { name: 'ECDSA', namedCurve: 'P-256' };
  if (curve === OID.p384) return { name: 'ECDSA', namedCurve: 'P-384' };
  return null;
}

async function readBags(bytes: Uint8Array, password: ArrayBuffer): Promise<SafeBag[]> {
  const { PFX } = pki();
  const pfx = PFX.fromBER(toArrayBuffer(bytes));
  await pfx.parseInternalValues({ password, checkIntegrity: true });
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Error('no authenticated safe');
  await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password })) });
  const bags: SafeBag[] = [];
  for (const content of safe.parsedValue?.safeContents ?? []) bags.push(...content.value.safeBags);
  for (const bag of bags) {
    if (bag.bagId === BAG.shroudedKey) await (bag.bagValue as unknown as { parseInternalValues(p: { password: ArrayBuffer }): Promise<void> }).parseInternalValues({ password });
  }
  return bags;
}

export async function importPkcs12(bytes: Uint8Array, password: string, file?: string): Promise<Result<SigningIdentity & { readonly info: CertificateInfo }>> {
  let bags: SafeBag[];
  try {
    bags = await readBags(bytes, toArrayBuffer(new TextEncoder().encode(password)));
  } catch {
    return fail('p12.unreadable', '无法打开 PKCS#12 文件：密码错误，或文件已损坏／使用了不支持的旧式加密（请用 AES 重新导出）', 'cannot open the PKCS#12 file: wrong password, or the file is damaged or uses unsupported legacy encryption (re-export with AES)', file);
  }
  let keyInfo: PrivateKeyInfo | undefined;
  const certs: Certificate[] = [];
  for (const bag of bags) {
    const value = bag.bagValue as unknown as { parsedValue?: unknown };
    if (bag.bagId === BAG.shroudedKey) keyInfo = value.parsedValue as PrivateKeyInfo;
    else if (bag.bagId === BAG.key) keyInfo = bag.bagValue as unknown as PrivateKeyInfo;
    else if (bag.bagId === BAG.cert && value.parsedValue) certs.push(value.parsedValue as Certificate);
  }
  if (!keyInfo) return fail('p12.no_key', 'PKCS#12 文件中没有私钥', 'the PKCS#12 file holds no private key', file);
  const params = importParams(keyInfo);
  if (!params) return fail('p12.key_type', '私钥类型不受支持（支持 RSA、ECDSA P-256/P-384）', 'unsupported key type (RSA and ECDSA P-256/P-384 are supported)', file);
  const pkcs8 = keyInfo.toSchema().toBER(false);
  const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, params, false, ['sign']);
  // the signer's certificate is the one whose public key matches the private key (the others form the chain)
  const publicKey = await publicKeyFor(keyInfo, params);
  const leaf = certs.find((c) => sameBytes(new Uint8Array(c.subjectPublicKeyInfo.toSchema().toBER(false)), publicKey));
  if (!leaf) return fail('p12.no_cert', 'PKCS#12 文件中没有与私钥对应的证书', 'the PKCS#12 file holds no certificate for its private key', file);
  const der = (c: Certificate): Uint8Array => new Uint8Array(c.toSchema().toBER(false));
  return ok({ privateKey, certificate: der(leaf), chain: certs.filter((c) => c !== leaf).map(der), info: certificateInfo(leaf) });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The SPKI of the key pair, derived by a round trip through an extractable import of the same PKCS#8. */
async function publicKeyFor(info: PrivateKeyInfo, params: EcKeyImportParams | RsaHashedImportParams): Promise<Uint8Array> {
  const temp = await globalThis.crypto.subtle.importKey('pkcs8', info.toSchema().toBER(false), params, true, ['sign']);
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', temp);
  delete jwk.d; delete jwk.p; delete jwk.q; delete jwk.dp; delete jwk.dq; delete jwk.qi;
  jwk.key_ops = ['verify'];
  const pub = await globalThis.crypto.subtle.importKey('jwk', jwk, params, true, ['verify']);
  return new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pub));
}
