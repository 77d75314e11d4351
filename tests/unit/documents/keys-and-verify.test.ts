// Key generation, PKCS#10 requests, certificate import, PKCS#12 import, and the in-app verifier's
// verdicts on signatures that are fine, untrusted, expired, tampered with, or not there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as asn1js from 'asn1js';
import { beforeAll, describe, expect, it } from 'vitest';
import { produceDocument } from '../../../renderer/pdf/produce';
import { renderDocument, type RenderedPdf } from '../../../renderer/pdf/render';
import { toArrayBuffer, toPem } from '../../../renderer/pdf/sign/bytes';
import { issueCertificate } from '../../../renderer/pdf/sign/dev-ca';
import { createCertificationRequest, generateSigningKeyPair, importIssuedCertificate, importPkcs12 } from '../../../renderer/pdf/sign/keys';
import { pki } from '../../../renderer/pdf/sign/pki';
import { signPdf } from '../../../renderer/pdf/sign/sign-pdf';
import { verifyPdf } from '../../../renderer/pdf/verify/verify';
import { makeTestPki, SIGNER_NAME, type TestPki } from '../../fixtures/documents/pki';
import { loadFonts, sampleSnapshot } from '../../fixtures/documents/sample';
import { run, tempDir, writeTemp } from '../../fixtures/documents/tools';

const fonts = loadFonts();
let notice: RenderedPdf;
let testPki: TestPki;

beforeAll(async () => {
  const r = await renderDocument({ kind: 'result_letter', snapshot: sampleSnapshot(), letter: { sectionIndex: 0, rowIndex: 0 } }, { fonts });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  notice = r.value;
  testPki = await makeTestPki();
});

describe('signing keys made in the app', () => {
  it.each(['ECDSA-P256', 'RSA-2048'] as const)('%s: the private key cannot be exported', async (alg) => {
    const keys = await generateSigningKeyPair(alg);
    expect(keys.privateKey.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey)).rejects.toThrow();
  });

  it('writes a PKCS#10 request with the Chinese subject as UTF8String and a valid self-signature', async () => {
    const keys = await generateSigningKeyPair();
    const der = await createCertificationRequest(keys, SIGNER_NAME);
    const csr = pki().CertificationRequest.fromBER(toArrayBuffer(der));
    expect(await csr.verify()).toBe(true);
    const cn = csr.subject.typesAndValues.find((t) => t.type === '2.5.4.3')?.value;
    expect(cn).toBeInstanceOf(asn1js.Utf8String);
    expect((cn as asn1js.Utf8String).valueBlock.value).toBe('中国质量检验协会');
    expect(csr.subject.toSchema().valueBlock.value).toHaveLength(4);
  });

  it('imports the certificate the CA issued for our key, and refuses one for another key', async () => {
    const keys = await generateSigningKeyPair();
    const cert = await issueCertificate(testPki.ca, await createCertificationRequest(keys, SIGNER_NAME));
    const pem = new TextEncoder().encode(toPem(cert, 'CERTIFICATE'));
    const imported = await importIssuedCertificate(pem, keys.publicKey, 'leaf.pem');
    expect(imported.ok && imported.value.info.subject.commonName).toBe('中国质量检验协会');
    expect(imported.ok && imported.value.info.issuer.commonName).toBe('中国质量检验协会测试根证书');
    const other = await generateSigningKeyPair();
    const refused = await importIssuedCertificate(cert, other.publicKey, 'leaf.pem');
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'cert.key_mismatch', at: { file: 'leaf.pem' } });
    const garbage = await importIssuedCertificate(new TextEncoder().encode('not a certificate'), keys.publicKey);
    expect(garbage.ok ? null : garbage.error.code).toBe('cert.invalid');
  });
});

const hasOpenssl = spawnSync('which', ['openssl']).status === 0;

describe.skipIf(!hasOpenssl)(`PKCS#12 from OpenSSL${hasOpenssl ? '' : ' — SKIPPED: openssl not installed'}`, () => {
  let p12: Uint8Array;
  beforeAll(() => {
    const dir = tempDir();
    writeTemp(dir, 'ca.pem', testPki.caPem);
    run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${dir}/key.pem`]);
    run('openssl', ['req', '-new', '-key', `${dir}/key.pem`, '-utf8', '-subj', '/C=CN/O=中国质量检验协会/CN=中国质量检验协会', '-outform', 'DER', '-out', `${dir}/req.der`]);
    return (async () => {
      const leaf = await issueCertificate(testPki.ca, new Uint8Array(readFileSync(`${dir}/req.der`)));
      writeTemp(dir, 'leaf.pem', toPem(leaf, 'CERTIFICATE'));
      run('openssl', ['pkcs12', '-export', '-inkey', `${dir}/key.pem`, '-in', `${dir}/leaf.pem`, '-certfile', `${dir}/ca.pem`, '-passout', 'pass:xinping-2015', '-out', `${dir}/id.p12`]);
      p12 = new Uint8Array(readFileSync(`${dir}/id.p12`));
    })();
  });

  it('imports key, certificate and chain, and signs a PDF the verifier trusts', async () => {
    const identity = await importPkcs12(p12, 'xinping-2015', 'id.p12');
    if (!identity.ok) throw new Error(identity.error.en);
    expect(identity.value.privateKey.extractable).toBe(false);
    expect(identity.value.info.subject.commonName).toBe('中国质量检验协会');
    expect(identity.value.chain).toHaveLength(1);
    const signed = await signPdf(notice.bytes, notice.seal, identity.value, { reason: '测试', location: '北京' });
    const report = await verifyPdf(signed, { trustedCertificates: [testPki.ca.certificate] });
    expect(report.isValid).toBe(true);
  });

  it('says so when the password is wrong', async () => {
    const r = await importPkcs12(p12, 'wrong', 'id.p12');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'p12.unreadable', at: { file: 'id.p12' } });
  });
});

describe('the in-app verifier', () => {
  it('reports an unsigned PDF as unsigned', async () => {
    const report = await verifyPdf(notice.bytes, { trustedCertificates: [testPki.ca.certificate] });
    expect(report).toMatchObject({ isSigned: false, isValid: false, summary: { zh: '该文件没有数字签名' } });
  });

  it('finds an RSA signature valid and trusted', async () => {
    const rsa = await makeTestPki('RSA-2048');
    const signed = await signPdf(notice.bytes, notice.seal, rsa.signer, { reason: '测试', location: '北京' });
    expect((await verifyPdf(signed, { trustedCertificates: [rsa.ca.certificate] })).isValid).toBe(true);
  });

  it('does not trust a signer from another CA, and says who issued it', async () => {
    const other = await makeTestPki('ECDSA-P256', undefined, { commonName: '某某认证中心' });
    const signed = await signPdf(notice.bytes, notice.seal, other.signer, { reason: '测试', location: '北京' });
    const report = await verifyPdf(signed, { trustedCertificates: [testPki.ca.certificate] });
    expect(report.signatures[0]).toMatchObject({ isUnchanged: true, isSignatureValid: true, chain: 'no-trust-anchor' });
    expect(report.summary.zh).toContain('不是由已导入的协会 CA 签发');
    expect(report.summary.zh).toContain('某某认证中心');
  });

  it('catches an impostor CA that copies the association CA name', async () => {
    const impostor = await makeTestPki();
    const signed = await signPdf(notice.bytes, notice.seal, impostor.signer, { reason: '测试', location: '北京' });
    const report = await verifyPdf(signed, { trustedCertificates: [testPki.ca.certificate] });
    expect(report.signatures[0]?.chain).toBe('bad-signature');
    expect(report.isValid).toBe(false);
  });

  it('flags a certificate that had expired when the document was signed', async () => {
    const past = { notBefore: new Date('2014-01-01T00:00:00Z'), notAfter: new Date('2015-01-01T00:00:00Z') };
    const expired = await makeTestPki('ECDSA-P256', past);
    const signed = await signPdf(notice.bytes, notice.seal, expired.signer, { reason: '测试', location: '北京' });
    const report = await verifyPdf(signed, { trustedCertificates: [expired.ca.certificate] });
    expect(report.signatures[0]?.chain).toBe('expired');
    expect(report.isValid).toBe(false);
  });

  it('notices a forged signature value (signed attributes kept, signature bytes altered)', async () => {
    const signed = await signPdf(notice.bytes, notice.seal, testPki.signer, { reason: '测试', location: '北京', signingTime: new Date() });
    const report = await verifyPdf(signed, { trustedCertificates: [testPki.ca.certificate] });
    const [, b, c] = report.signatures[0]!.byteRange;
    const hex = new TextDecoder('latin1').decode(signed.subarray(b + 1, c - 1)).replace(/0+$/, '');
    // the ECDSA signature is the last element: flip a hex digit near its end
    const at = b + 1 + hex.length - 6;
    const forged = signed.slice();
    forged[at] = forged[at] === 0x31 ? 0x32 : 0x31;
    const r = await verifyPdf(forged, { trustedCertificates: [testPki.ca.certificate] });
    expect(r.signatures[0]).toMatchObject({ isUnchanged: true, isSignatureValid: false });
  });

  it.each([
    ['empty input', new Uint8Array(0)],
    ['random bytes', globalThis.crypto.getRandomValues(new Uint8Array(4096))],
    ['a /ByteRange pointing outside the file', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /ByteRange [0 10 999999 5] /Contents <00> >> endobj\n%%EOF')],
    ['/Contents that are not hex', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /ByteRange [0 34 40 20] /Contents (xx) >> endobj\n%%EOF0000000000000000')],
    ['/Contents that are not CMS', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /ByteRange [0 35 43 18] /Contents <abcdef> >> endobj\n%%EOF')],
  ])('does not crash on %s', async (_, bytes) => {
    const report = await verifyPdf(bytes, { trustedCertificates: [testPki.ca.certificate] });
    expect(report.isValid).toBe(false);
  });
});

describe('produceDocument', () => {
  it('returns the signed bytes with their SHA-256 and file name', async () => {
    const r = await produceDocument({ document: { kind: 'result_table', snapshot: sampleSnapshot() }, signer: testPki.signer }, { fonts });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const digest = Array.from(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', toArrayBuffer(r.value.bytes))), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(r.value).toMatchObject({ isSigned: true, sha256: digest, fileName: '中国质量检验协会2015年第三批行业信用评价结果表.pdf' });
    expect((await verifyPdf(r.value.bytes, { trustedCertificates: [testPki.ca.certificate] })).isValid).toBe(true);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await produceDocument({ document: { kind: 'notice', snapshot: sampleSnapshot() } }, { fonts, signal: controller.signal });
    expect(r.ok ? null : r.error[0]?.code).toBe('pdf.cancelled');
  });
});

