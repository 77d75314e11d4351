// The signing identity as the 签名密钥 screen manages it: a key made here, its request, the CA's
// certificate, the association CA for the verifier, PKCS#12 import, and who may do any of it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { XinpingDb } from '../../../renderer/db/schema';
import type { Actor } from '../../../renderer/db/write';
import { toPem } from '../../../renderer/pdf/sign/bytes';
import { issueCertificate } from '../../../renderer/pdf/sign/dev-ca';
import { renderDocument } from '../../../renderer/pdf/render';
import { signPdf } from '../../../renderer/pdf/sign/sign-pdf';
import { verifyPdf } from '../../../renderer/pdf/verify/verify';
import {
  activeSigningIdentity,
  attachCertificate,
  generateKey,
  importPkcs12File,
  importTrustedCa,
  removeTrustedCa,
  TRUSTED_CA_SETTING,
  trustedCas,
} from '../../../renderer/features/signing/identity';
import { makeTestPki, SIGNER_NAME, type TestPki } from '../../fixtures/documents/pki';
import { loadFonts, sampleSnapshot } from '../../fixtures/documents/sample';
import { run, tempDir, writeTemp } from '../../fixtures/documents/tools';
import { openTestDb } from '../db/helpers';

const supervisor: Actor = { actor: '主管甲', role: 'supervisor' };
const reviewer: Actor = { actor: '评审员乙', role: 'reviewer' };

let db: XinpingDb;
let pki: TestPki;

beforeAll(async () => {
  pki = await makeTestPki();
});

afterEach(async () => {
  await db?.delete();
});

async function keyWithCertificate(): Promise<string> {
  const key = await generateKey(db, supervisor, SIGNER_NAME, 'ECDSA-P256');
  const certificate = await issueCertificate(pki.ca, key.requestDer ?? new Uint8Array());
  await attachCertificate(db, supervisor, key.id, new TextEncoder().encode(toPem(certificate, 'CERTIFICATE')), 'issued.pem');
  return key.id;
}

describe('a key generated in the app', () => {
  it('is stored non-extractable with a PKCS#10 request, and is no signing identity until the certificate comes', async () => {
    db = openTestDb();
    const key = await generateKey(db, supervisor, SIGNER_NAME, 'ECDSA-P256');
    const stored = await db.keys.get(key.id);
    expect(stored?.privateKey.extractable).toBe(false);
    expect(stored?.requestDer?.[0]).toBe(0x30);
    expect(await activeSigningIdentity(db)).toBeUndefined();
  });

  it('becomes the active identity once the issued certificate (PEM) is imported, chained to the imported CA', async () => {
    db = openTestDb();
    await importTrustedCa(db, supervisor, new TextEncoder().encode(pki.caPem), 'ca.pem');
    await keyWithCertificate();
    const identity = await activeSigningIdentity(db);
    expect(identity?.chain).toEqual([pki.ca.certificate]);
    const rendered = await renderDocument({ kind: 'notice', snapshot: sampleSnapshot() }, { fonts: loadFonts() });
    if (!rendered.ok || !identity) throw new Error('no notice or identity');
    const signed = await signPdf(rendered.value.bytes, rendered.value.seal, identity, { reason: '测试', location: '北京' });
    const report = await verifyPdf(signed, { trustedCertificates: (await trustedCas(db)).map((ca) => ca.der) });
    expect(report.isValid).toBe(true);
    expect(report.signatures[0]?.signer?.subject.commonName).toBe('中国质量检验协会');
  });

  it('refuses a certificate issued for another key, naming the file', async () => {
    db = openTestDb();
    const key = await generateKey(db, supervisor, SIGNER_NAME, 'ECDSA-P256');
    await expect(attachCertificate(db, supervisor, key.id, pki.signer.certificate, 'other.cer')).rejects.toMatchObject({
      detail: { code: 'cert.key_mismatch', zh: expect.stringContaining('公钥不一致'), at: { file: 'other.cer' } },
    });
    expect(await activeSigningIdentity(db)).toBeUndefined();
  });

  it('is refused to a reviewer (the write path checks the role)', async () => {
    db = openTestDb();
    await expect(generateKey(db, reviewer, SIGNER_NAME, 'ECDSA-P256')).rejects.toMatchObject({ detail: { code: 'role.refused' } });
    expect(await db.keys.count()).toBe(0);
  });
});

describe('association CA certificates', () => {
  it('accepts a CA once, refuses a signing certificate, and can be removed', async () => {
    db = openTestDb();
    await importTrustedCa(db, supervisor, pki.ca.certificate, 'ca.cer');
    await importTrustedCa(db, supervisor, new TextEncoder().encode(pki.caPem), 'ca.pem');
    expect(await trustedCas(db)).toHaveLength(1);
    await expect(importTrustedCa(db, supervisor, pki.signer.certificate, 'leaf.cer')).rejects.toMatchObject({ detail: { code: 'cert.not_ca', at: { file: 'leaf.cer' } } });
    await expect(importTrustedCa(db, supervisor, new TextEncoder().encode('not a certificate'), 'notes.txt')).rejects.toMatchObject({ detail: { code: 'cert.invalid' } });
    const [ca] = await trustedCas(db);
    await removeTrustedCa(db, supervisor, ca?.id ?? '');
    expect(await trustedCas(db)).toHaveLength(0);
  });
});

describe('a damaged list of CA certificates', () => {
  it('is reported, never read as "no CA imported", and a new import replaces it', async () => {
    db = openTestDb();
    await db.settings.put({ key: TRUSTED_CA_SETTING, value: [{ id: 'x', der: 'not bytes' }] });
    await expect(trustedCas(db)).rejects.toMatchObject({ detail: { code: 'signing.ca_setting', zh: expect.stringContaining('已损坏') } });
    await importTrustedCa(db, supervisor, pki.ca.certificate, 'ca.cer');
    expect((await trustedCas(db)).map((ca) => ca.fileName)).toEqual(['ca.cer']);
  });
});

const hasOpenssl = spawnSync('which', ['openssl']).status === 0;

describe.skipIf(!hasOpenssl)('a PKCS#12 file', () => {
  let p12: Uint8Array;
  beforeAll(async () => {
    const dir = tempDir();
    writeTemp(dir, 'ca.pem', pki.caPem);
    run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${dir}/key.pem`]);
    run('openssl', ['req', '-new', '-key', `${dir}/key.pem`, '-utf8', '-subj', '/C=CN/O=中国质量检验协会/CN=中国质量检验协会', '-outform', 'DER', '-out', `${dir}/req.der`]);
    const leaf = await issueCertificate(pki.ca, new Uint8Array(readFileSync(`${dir}/req.der`)));
    writeTemp(dir, 'leaf.pem', toPem(leaf, 'CERTIFICATE'));
    run('openssl', ['pkcs12', '-export', '-inkey', `${dir}/key.pem`, '-in', `${dir}/leaf.pem`, '-certfile', `${dir}/ca.pem`, '-passout', 'pass:xinping-2015', '-out', `${dir}/id.p12`]);
    p12 = new Uint8Array(readFileSync(`${dir}/id.p12`));
  });

  it('with the right password becomes the active identity, with its chain', async () => {
    db = openTestDb();
    const info = await importPkcs12File(db, supervisor, p12, 'xinping-2015', 'id.p12');
    expect(info.subject.commonName).toBe('中国质量检验协会');
    const identity = await activeSigningIdentity(db);
    expect(identity?.privateKey.extractable).toBe(false);
    expect(identity?.chain).toEqual([pki.ca.certificate]);
  });

  it('with a wrong password says so in Chinese and English and stores nothing', async () => {
    db = openTestDb();
    await expect(importPkcs12File(db, supervisor, p12, 'wrong', 'id.p12')).rejects.toMatchObject({
      detail: { code: 'p12.unreadable', zh: expect.stringContaining('密码错误'), en: expect.stringContaining('wrong password'), at: { file: 'id.p12' } },
    });
    expect(await db.keys.count()).toBe(0);
  });
});
