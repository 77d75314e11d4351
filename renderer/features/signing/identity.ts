// The workstation's signing identity and trusted CA certificates, kept in IndexedDB: keys in
// db.keys (private key a non-extractable CryptoKey), which one signs in settings, the association
// CA certificates the verifier trusts in settings. Every change goes through write() as 管理签名密钥.
import { z } from 'zod';
import { sha256Hex } from '../../../shared/canonical';
import { userError, XinpingError, type Result } from '../../../shared/errors';
import { OPERATIONS } from '../../../shared/operations';
import type { KeyRecord } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor } from '../../db/write';
import { certificateInfo, parseCertificate, type CertificateInfo } from '../../pdf/sign/certificate-info';
import {
  createCertificationRequest,
  generateSigningKeyPair,
  importIssuedCertificate,
  importPkcs12,
  type KeyAlgorithmName,
  type SigningIdentity,
} from '../../pdf/sign/keys';
import type { DistinguishedName } from '../../pdf/sign/names';
import { ACTIVE_KEY_SETTING, activeKeyId, TRUSTED_CA_SETTING } from './active-key';

export { ACTIVE_KEY_SETTING, activeKeyId, TRUSTED_CA_SETTING } from './active-key';

const TABLES = ['keys', 'settings'] as const;

export type TrustedCa = { readonly id: string; readonly der: Uint8Array; readonly fileName: string; readonly importedAt: string };

const trustedCasSchema = z.array(z.object({ id: z.string(), der: z.instanceof(Uint8Array), fileName: z.string(), importedAt: z.string() }));

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new XinpingError(result.error);
  return result.value;
}

/** The certificate's details, or null when the record has none (a request still at the CA). */
export function describeCertificate(der: Uint8Array | undefined): CertificateInfo | null {
  if (!der) return null;
  const parsed = parseCertificate(der);
  return parsed.ok ? certificateInfo(parsed.value.cert) : null;
}

/** The imported association CAs. A damaged setting is an error, never "no CA imported". */
export async function trustedCas(db: XinpingDb): Promise<readonly TrustedCa[]> {
  const parsed = trustedCasSchema.safeParse((await db.settings.get(TRUSTED_CA_SETTING))?.value ?? []);
  if (parsed.success) return parsed.data;
  throw new XinpingError(userError('signing.ca_setting', '已导入的协会 CA 证书记录已损坏，请重新导入', 'the stored association CA certificates are damaged; import them again', { field: TRUSTED_CA_SETTING }));
}

/** The key that signs documents, with its certificate and CA chain; undefined when none is set up. */
export async function activeSigningIdentity(db: XinpingDb): Promise<SigningIdentity | undefined> {
  const id = await activeKeyId(db);
  const key = id ? await db.keys.get(id) : undefined;
  if (!key?.certificateDer) return undefined;
  const issuer = describeCertificate(key.certificateDer)?.issuer.text;
  // a generated key's certificate arrives alone: its issuer is one of the imported association CAs
  const chain = key.chainDer && key.chainDer.length > 0 ? key.chainDer
    : (await trustedCas(db)).filter((ca) => describeCertificate(ca.der)?.subject.text === issuer).map((ca) => ca.der);
  return { privateKey: key.privateKey, certificate: key.certificateDer, chain };
}

/** A new non-extractable key pair and its PKCS#10 request; the key waits for the CA's certificate. */
export async function generateKey(db: XinpingDb, actor: Actor, subject: DistinguishedName, algorithm: KeyAlgorithmName): Promise<KeyRecord> {
  const keys = await generateSigningKeyPair(algorithm);
  const requestDer = await createCertificationRequest(keys, subject);
  const record: KeyRecord = {
    id: `key-${globalThis.crypto.randomUUID()}`,
    label: subject.commonName,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    requestDer,
    source: 'generated',
    createdAt: new Date().toISOString(),
  };
  await write(db, actor, OPERATIONS.manageSigningKeys, (scope) => scope.add('keys', record, 'signing.key.generate'), { tables: TABLES });
  return record;
}

/** The certificate the CA issued for a generated key; it becomes the active identity. */
export async function attachCertificate(db: XinpingDb, actor: Actor, keyId: string, bytes: Uint8Array, fileName: string): Promise<CertificateInfo> {
  const key = await db.keys.get(keyId);
  if (!key) throw new XinpingError(userError('signing.no_key', '找不到该签名密钥', 'the signing key was not found', { field: keyId }));
  const issued = unwrap(await importIssuedCertificate(bytes, key.publicKey, fileName));
  if (issued.info.isCa) throw new XinpingError(userError('cert.is_ca', '这是 CA 证书，不是签名证书；CA 证书请在「协会 CA 证书」中导入', 'this is a CA certificate, not a signing certificate; import CA certificates under "Association CA certificates"', { file: fileName }));
  await write(db, actor, OPERATIONS.manageSigningKeys, async (scope) => {
    await scope.update('keys', keyId, { certificateDer: issued.der }, 'signing.certificate.import');
    await scope.put('settings', { key: ACTIVE_KEY_SETTING, value: keyId }, 'signing.identity.activate');
  }, { tables: TABLES });
  return issued.info;
}

/** A PKCS#12 file's key (imported non-extractable), certificate and chain; it becomes the active identity. */
export async function importPkcs12File(db: XinpingDb, actor: Actor, bytes: Uint8Array, password: string, fileName: string): Promise<CertificateInfo> {
  const imported = unwrap(await importPkcs12(bytes, password, fileName));
  const spki = unwrap(parseCertificate(imported.certificate)).cert.subjectPublicKeyInfo.toSchema().toBER(false);
  const publicKey = await globalThis.crypto.subtle.importKey('spki', spki, imported.privateKey.algorithm, true, ['verify']);
  const record: KeyRecord = {
    id: `key-${globalThis.crypto.randomUUID()}`,
    label: imported.info.subject.commonName ?? fileName,
    privateKey: imported.privateKey,
    publicKey,
    certificateDer: imported.certificate,
    chainDer: imported.chain,
    source: 'pkcs12',
    createdAt: new Date().toISOString(),
  };
  await write(db, actor, OPERATIONS.manageSigningKeys, async (scope) => {
    await scope.add('keys', record, 'signing.pkcs12.import');
    await scope.put('settings', { key: ACTIVE_KEY_SETTING, value: record.id }, 'signing.identity.activate');
  }, { tables: TABLES });
  return imported.info;
}

export async function activateKey(db: XinpingDb, actor: Actor, keyId: string): Promise<void> {
  await write(db, actor, OPERATIONS.manageSigningKeys, (scope) => scope.put('settings', { key: ACTIVE_KEY_SETTING, value: keyId }, 'signing.identity.activate'), { tables: TABLES });
}

/** An association CA certificate for the verifier (and the chain of generated keys' certificates). */
export async function importTrustedCa(db: XinpingDb, actor: Actor, bytes: Uint8Array, fileName: string): Promise<CertificateInfo> {
  const parsed = unwrap(parseCertificate(bytes, fileName));
  const info = certificateInfo(parsed.cert);
  if (!info.isCa) throw new XinpingError(userError('cert.not_ca', '这不是 CA 证书（缺少 basicConstraints CA:TRUE），不能作为协会 CA 导入', 'this is not a CA certificate (no basicConstraints CA:TRUE); it cannot be imported as the association CA', { file: fileName }));
  const entry: TrustedCa = { id: sha256Hex(parsed.der), der: parsed.der, fileName, importedAt: new Date().toISOString() };
  // a damaged stored list (shown as an error on the screen) is replaced by this import
  const existing = await trustedCas(db).catch(() => []);
  if (existing.some((ca) => ca.id === entry.id)) return info;
  await write(db, actor, OPERATIONS.manageSigningKeys, (scope) => scope.put('settings', { key: TRUSTED_CA_SETTING, value: [...existing, entry] }, 'signing.ca.import'), { tables: TABLES });
  return info;
}

export async function removeTrustedCa(db: XinpingDb, actor: Actor, id: string): Promise<void> {
  const remaining = (await trustedCas(db)).filter((ca) => ca.id !== id);
  await write(db, actor, OPERATIONS.manageSigningKeys, (scope) => scope.put('settings', { key: TRUSTED_CA_SETTING, value: remaining }, 'signing.ca.remove'), { tables: TABLES });
}
