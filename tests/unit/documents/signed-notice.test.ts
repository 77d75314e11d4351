// The sample notice, signed with a test CA made here, checked by the tools anyone else would use:
// poppler's pdfsig (with the CA imported into an NSS database), pdftotext, pdffonts, pdftoppm, qpdf.
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFArray, PDFDict, PDFNumber } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { produceDocument } from '../../../renderer/pdf/produce';
import { renderDocument, type SealPlacement } from '../../../renderer/pdf/render';
import { verifyPdf } from '../../../renderer/pdf/verify/verify';
import { makeTestPki, type TestPki } from '../../fixtures/documents/pki';
import { loadFonts, PUBLISHED_ROWS, sampleSnapshot } from '../../fixtures/documents/sample';
import { hasPdfTools, nssDbTrusting, pdfsig, run, skipReason, tempDir, writeTemp } from '../../fixtures/documents/tools';

const fonts = loadFonts();

describe.skipIf(!hasPdfTools)(`signed 公示通知 checked with pdfsig, pdftotext, pdffonts, qpdf${skipReason}`, () => {
  let pki: TestPki;
  let nss: string;
  let dir: string;
  let signed: Uint8Array;
  let path: string;
  let seal: SealPlacement;

  beforeAll(async () => {
    pki = await makeTestPki();
    nss = nssDbTrusting(pki.caPem);
    dir = tempDir();
    const request = { kind: 'notice' as const, snapshot: sampleSnapshot() };
    const rendered = await renderDocument(request, { fonts });
    if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
    seal = rendered.value.seal;
    const produced = await produceDocument({ document: request, signer: pki.signer, signature: { reason: '行业信用评价结果公示', location: '北京' } }, { fonts });
    if (!produced.ok) throw new Error(JSON.stringify(produced.error));
    signed = produced.value.bytes;
    path = writeTemp(dir, 'notice.pdf', signed);
  });

  it('pdfsig: signature valid, whole document signed, certificate trusted, Chinese names intact', () => {
    const out = pdfsig(path, nss);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Certificate Validation: Certificate is Trusted.');
    expect(out).toContain('Signer Certificate Common Name: 中国质量检验协会');
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
  });

  it('pdfsig: the certificate is not trusted when only another CA is imported', async () => {
    const other = nssDbTrusting((await makeTestPki()).caPem);
    const out = pdfsig(path, other);
    expect(out).toContain('Signature is Valid');
    expect(out).not.toContain('Certificate is Trusted');
  });

  it('pdftotext: every enterprise and its grade, in published order, both tables', () => {
    const text = run('pdftotext', ['-layout', path, '-']);
    const lines = text.split('\n');
    let from = 0;
    for (const [, name, grade] of PUBLISHED_ROWS) {
      const at = lines.findIndex((l, i) => i >= from && l.includes(name));
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(lines[at]?.trim().endsWith(grade), `${name} ${grade}`).toBe(true);
      from = at + 1;
    }
    expect(text).toContain('（企业信用评价）');
    expect(text).toContain('（质量信用评价）');
    expect(text.replace(/\s+/g, '')).toContain('（商秩字[2009]7号）');
    expect(text.replace(/\s+/g, '')).toContain('第1页/共2页');
  });

  it('pdffonts: Noto Sans SC regular and bold embedded as subsets', () => {
    const rows = run('pdffonts', [path]).split('\n').filter((l) => l.includes('NotoSansSC'));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it('qpdf --check finds no damage', () => {
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found');
  });

  it('the signature widget lies over the drawn seal on page 1', async () => {
    const doc = await PDFDocument.load(signed);
    const annots = doc.getPage(seal.pageIndex).node.lookup(PDFName.of('Annots'), PDFArray);
    const widget = doc.context.lookup(annots.get(0), PDFDict);
    const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
    seal.rect.forEach((v, i) => expect(rect[i]).toBeCloseTo(v, 2));
    // the red ink of the seal fills exactly that square (to within a pixel at 72 dpi)
    const ppm = new Uint8Array(readFileSync(`${run('sh', ['-c', `pdftoppm -r 72 -f 1 -l 1 ${path} ${dir}/p && ls ${dir}/p-*.ppm`]).trim()}`));
    const header = new TextDecoder().decode(ppm.subarray(0, 20)).split(/\s+/);
    const [w, h] = [Number(header[1]), Number(header[2])];
    const body = ppm.subarray(ppm.length - w * h * 3);
    const box = { left: w, right: 0, top: h, bottom: 0 };
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3;
        if ((body[i] ?? 0) > 150 && (body[i + 1] ?? 255) < 100 && (body[i + 2] ?? 255) < 100) {
          box.left = Math.min(box.left, x); box.right = Math.max(box.right, x + 1);
          box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y + 1);
        }
      }
    }
    expect(Math.abs(box.left - rect[0]!)).toBeLessThan(2);
    expect(Math.abs(box.right - rect[2]!)).toBeLessThan(2);
    expect(Math.abs(box.bottom - (841.89 - rect[1]!))).toBeLessThan(2);
    expect(Math.abs(box.top - (841.89 - rect[3]!))).toBeLessThan(2);
  });

  it('the in-app verifier agrees: signer, time, whole document, unchanged, trusted', async () => {
    const report = await verifyPdf(signed, { trustedCertificates: [pki.ca.certificate] });
    expect(report.isValid).toBe(true);
    const s = report.signatures[0]!;
    expect(s.signer?.subject).toMatchObject({ commonName: '中国质量检验协会', organization: '中国质量检验协会', organizationalUnit: '信评办' });
    expect(s.reason).toBe('行业信用评价结果公示');
    expect(Math.abs(Date.parse(s.signingTime ?? '') - Date.now())).toBeLessThan(10 * 60_000);
    expect(s).toMatchObject({ isWholeDocumentCovered: true, isUnchanged: true, isSignatureValid: true, chain: 'trusted', subFilter: 'ETSI.CAdES.detached' });
  });

  describe('tampering is caught by pdfsig and by the app', () => {
    it('a byte changed inside the signed range → digest mismatch', async () => {
      const bad = signed.slice();
      bad[2000] = (bad[2000] ?? 0) ^ 0x01;
      expect(pdfsig(writeTemp(dir, 'changed.pdf', bad), nss)).toContain('Digest Mismatch');
      const report = await verifyPdf(bad, { trustedCertificates: [pki.ca.certificate] });
      expect(report.isValid).toBe(false);
      expect(report.signatures[0]).toMatchObject({ isUnchanged: false, isWholeDocumentCovered: true });
      expect(report.summary.en).toContain('changed after signing');
    });

    it('bytes appended after signing → not the whole document', async () => {
      const appended = new Uint8Array([...signed, ...new TextEncoder().encode('\n1 0 obj (x) endobj\n')]);
      const out = pdfsig(writeTemp(dir, 'appended.pdf', appended), nss);
      expect(out).toContain('Not total document signed');
      const report = await verifyPdf(appended, { trustedCertificates: [pki.ca.certificate] });
      expect(report.isValid).toBe(false);
      expect(report.signatures[0]).toMatchObject({ isUnchanged: true, isWholeDocumentCovered: false });
      expect(report.summary.zh).toContain('未覆盖整个文件');
    });
  });
});
