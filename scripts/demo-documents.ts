// `npm run demo:documents -- <dir>`: writes the sample batch's documents — the signed notice,
// the signed result table, the result table as XLSX and CSV — and the test CA certificate that
// signed them (import it to verify: see docs/signing.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sampleNoticeSnapshot } from '../shared/documents/sample-snapshot';
import type { FontSet } from '../renderer/pdf/engine';
import { resultTablesCsvBytes, resultTablesXlsx } from '../renderer/pdf/export-table';
import { produceDocument } from '../renderer/pdf/produce';
import { toPem } from '../renderer/pdf/sign/bytes';
import { createCertificateAuthority, issueCertificate } from '../renderer/pdf/sign/dev-ca';
import { createCertificationRequest, generateSigningKeyPair } from '../renderer/pdf/sign/keys';
import { verifyPdf } from '../renderer/pdf/verify/verify';

const dir = process.argv.slice(2).find((a) => a !== '--');
if (!dir) {
  console.error('usage: npm run demo:documents -- <output directory>');
  process.exit(2);
}
const out = resolve(dir);
mkdirSync(out, { recursive: true });

const fontDir = resolve('resources/fonts');
const fonts: FontSet = {
  regular: new Uint8Array(readFileSync(resolve(fontDir, 'NotoSansSC_400Regular.ttf'))),
  bold: new Uint8Array(readFileSync(resolve(fontDir, 'NotoSansSC_700Bold.ttf'))),
};

// a throw-away CA standing in for the association's; the signing key never leaves WebCrypto
const ca = await createCertificateAuthority({ commonName: '中国质量检验协会测试根证书（演示）', organization: '中国质量检验协会', country: 'CN' });
const keys = await generateSigningKeyPair('ECDSA-P256');
const request = await createCertificationRequest(keys, { commonName: '中国质量检验协会', organization: '中国质量检验协会', organizationalUnit: '信评办', country: 'CN' });
const signer = { privateKey: keys.privateKey, certificate: await issueCertificate(ca, request), chain: [ca.certificate] };

const snapshot = sampleNoticeSnapshot();
const files: [string, Uint8Array | string][] = [];
for (const [name, kind] of [['notice.pdf', 'notice'], ['results.pdf', 'result_table']] as const) {
  const r = await produceDocument({ document: { kind, snapshot }, signer }, { fonts });
  if (!r.ok) {
    for (const e of r.error) console.error(`${e.code}: ${e.zh} / ${e.en}`);
    process.exit(1);
  }
  const report = await verifyPdf(r.value.bytes, { trustedCertificates: [ca.certificate] });
  console.log(`${name}: ${r.value.pageCount} page(s), ${r.value.bytes.length} bytes, sha256 ${r.value.sha256.slice(0, 16)}…, ${report.summary.zh}`);
  files.push([name, r.value.bytes]);
}
files.push(['results.xlsx', await resultTablesXlsx(snapshot)]);
files.push(['results.csv', resultTablesCsvBytes(snapshot)]);
files.push(['ca.pem', toPem(ca.certificate, 'CERTIFICATE')]);
for (const [name, data] of files) writeFileSync(resolve(out, name), data);
console.log(`wrote ${files.map(([n]) => n).join(', ')} to ${out}`);
