import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { derFromPemOrDer, toPem } from '../../renderer/pdf/sign/bytes';
import { createCertificateAuthority, issueCertificate } from '../../renderer/pdf/sign/dev-ca';
import { CA_NAME } from '../fixtures/documents/pki';
import { switchLanguage, switchRole } from './support/app';
import { screenshot } from './support/browser';

// Issue 4: a key made in the app, its request certified by the association's CA (made here, with a
// Chinese name), the CA imported for verification, a notice signed with that identity, then any PDF
// checked on the verification screen — the good one, one with a changed byte, one with bytes appended.

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

async function chooseFile(page: Page, button: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(path);
}

/** Drops a file on a drop zone the way a file dragged from the desktop arrives. */
async function dropFile(zone: Locator, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await zone.page().evaluateHandle(({ base64, fileName }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], fileName, { type: 'application/pdf' }));
    return transfer;
  }, { base64: Buffer.from(bytes).toString('base64'), fileName: name });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** "2026-11-28 00:05:09 (UTC+08:00)" → the instant. */
function shownInstant(text: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) \(UTC\+08:00\)$/.exec(text.trim());
  if (!match) throw new Error(`not a signing time: ${text}`);
  return new Date(`${match[1]}T${match[2]}+08:00`);
}

test('a key made in the app signs a notice that the verification screen checks, and tampering shows', async ({ page }, testInfo) => {
  await page.goto('/');
  await switchRole(page, '主管');

  // 1. No identity yet: the screen says so and how to set one up.
  await page.getByRole('navigation', { name: '电子签名' }).getByRole('button', { name: '签名密钥' }).click();
  await expect(page.getByRole('heading', { name: '签名密钥与证书' })).toBeVisible();
  const active = page.getByRole('region', { name: '当前签名身份' });
  await expect(active.getByRole('alert')).toContainText('尚未设置签名身份');

  // 2. Generate a key pair in the app; download its PKCS#10 request.
  await expect(page.getByLabel('名称（CN）')).toHaveValue('中国质量检验协会');
  await page.getByRole('button', { name: '生成密钥' }).click();
  const keys = page.getByRole('table', { name: '本机密钥' });
  await expect(keys.getByRole('row').filter({ hasText: '等待 CA 证书' })).toHaveCount(1);
  const csrPem = await saveDownload(page, () => keys.getByRole('button', { name: '下载证书申请（CSR）' }).click(), testInfo.outputPath('request.csr'));
  const csr = derFromPemOrDer(csrPem, 'CERTIFICATE REQUEST');
  if (!csr) throw new Error('the downloaded request is not a PEM certificate request');

  // 3. The association's CA (Chinese subject) issues the certificate.
  const ca = await createCertificateAuthority(CA_NAME);
  const caPath = testInfo.outputPath('association-ca.pem');
  writeFileSync(caPath, toPem(ca.certificate, 'CERTIFICATE'));
  const leafPath = testInfo.outputPath('issued.pem');
  writeFileSync(leafPath, toPem(await issueCertificate(ca, csr), 'CERTIFICATE'));

  // 4. Import the CA for verification, then the issued certificate: the identity is active.
  await chooseFile(page, page.getByRole('button', { name: '导入 CA 证书' }), caPath);
  await expect(page.getByRole('region', { name: '协会 CA 证书' })).toContainText('中国质量检验协会测试根证书');
  await chooseFile(page, keys.getByRole('button', { name: '导入签发的证书' }), leafPath);
  await expect(keys.getByRole('row').filter({ hasText: '当前使用' })).toContainText('已有证书');
  await expect(active).toContainText('中国质量检验协会');
  await expect(active).toContainText('CN=中国质量检验协会测试根证书');
  await expect(active).toContainText('有效');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 30_000 });
  await screenshot(page, 'keys');

  // 5. Sign the sample notice with that identity (same worker and signing path as a 公示).
  const before = Date.now();
  const signedPath = testInfo.outputPath('signed.pdf');
  const signed = await saveDownload(page, () => page.getByRole('button', { name: '签署样例公示' }).click(), signedPath);
  const after = Date.now();
  expect(new TextDecoder('latin1').decode(signed.subarray(0, 5))).toBe('%PDF-');

  // 6. Open it on the verification screen with the file picker.
  await page.getByRole('navigation', { name: '电子签名' }).getByRole('button', { name: '验证签名' }).click();
  await expect(page.getByRole('heading', { name: '验证 PDF 签名' })).toBeVisible();
  const zone = page.getByRole('region', { name: 'PDF 文件' });
  await chooseFile(page, zone.getByRole('button', { name: '选择文件…' }), signedPath);
  const status = page.getByRole('status').filter({ hasText: /签名(有效|无效)|没有数字签名/ });
  await expect(status).toContainText('签名有效');
  const signature = page.getByRole('region', { name: '签名 1' });
  await expect(signature.getByLabel('签名者')).toHaveText('中国质量检验协会');
  await expect(signature).toContainText('中国质量检验协会 / 信评办');
  const time = shownInstant(await signature.getByLabel('签名时间').innerText());
  expect(time.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
  expect(time.getTime()).toBeLessThanOrEqual(after + 1000);
  await expect(signature.getByText('覆盖整个文件', { exact: true })).toBeVisible();
  await expect(signature.getByText('签名后未被改动', { exact: true })).toBeVisible();
  await expect(signature.getByText('受信任', { exact: true })).toBeVisible();
  await expect(signature).toContainText('证书由受信任的 CA 签发（CN=中国质量检验协会测试根证书');
  await screenshot(page, 'verify');

  // 7. One changed byte inside the signed range, dropped on the screen: changed after signing.
  const tampered = signed.slice();
  const at = Math.floor(tampered.length / 3);
  tampered[at] = (tampered[at] ?? 0) ^ 0x01;
  await dropFile(zone, 'tampered.pdf', tampered);
  await expect(page.getByText('tampered.pdf', { exact: true })).toBeVisible();
  await expect(status).toContainText('签名无效');
  await expect(signature.getByText('签名后被改动过', { exact: true })).toBeVisible();
  await expect(signature).toContainText('签名后文件内容被改动过（摘要不符）');
  await screenshot(page, 'verify-tampered');

  // 8. Bytes appended after the signature: not the whole document.
  const appended = new Uint8Array([...signed, ...new TextEncoder().encode('\n% appended after signing\n')]);
  await dropFile(zone, 'appended.pdf', appended);
  await expect(page.getByText('appended.pdf', { exact: true })).toBeVisible();
  await expect(status).toContainText('签名无效');
  await expect(signature.getByText('未覆盖整个文件', { exact: true })).toBeVisible();
  await expect(signature.getByText('签名后未被改动', { exact: true })).toBeVisible();
  await screenshot(page, 'verify-appended');
});

test('a PKCS#12 file: a wrong password is refused in Chinese and English, the right one sets the identity', async ({ page }, testInfo) => {
  test.skip(spawnSync('which', ['openssl']).status !== 0, 'openssl is not installed');
  // An organisation key and certificate as an OpenSSL user would bundle them (AES, current defaults).
  const ca = await createCertificateAuthority(CA_NAME);
  const dir = testInfo.outputPath('p12');
  mkdirSync(dir, { recursive: true });
  const openssl = (args: readonly string[]): void => {
    const r = spawnSync('openssl', args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${dir}/key.pem`]);
  openssl(['req', '-new', '-key', `${dir}/key.pem`, '-utf8', '-subj', '/C=CN/O=中国质量检验协会/OU=信评办/CN=中国质量检验协会', '-outform', 'DER', '-out', `${dir}/req.der`]);
  writeFileSync(`${dir}/leaf.pem`, toPem(await issueCertificate(ca, new Uint8Array(readFileSync(`${dir}/req.der`))), 'CERTIFICATE'));
  writeFileSync(`${dir}/ca.pem`, toPem(ca.certificate, 'CERTIFICATE'));
  openssl(['pkcs12', '-export', '-inkey', `${dir}/key.pem`, '-in', `${dir}/leaf.pem`, '-certfile', `${dir}/ca.pem`, '-passout', 'pass:xinping-2015', '-out', `${dir}/协会签章.p12`]);

  await page.goto('/#/keys');
  await switchRole(page, '主管');
  await chooseFile(page, page.getByRole('region', { name: 'PKCS#12 文件' }).getByRole('button'), `${dir}/协会签章.p12`);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法打开 PKCS#12 文件' })).toContainText('密码错误');

  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot open the PKCS#12 file' })).toContainText('wrong password');
  await page.getByLabel('Password').fill('xinping-2015');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const active = page.getByRole('region', { name: 'Active signing identity' });
  await expect(active).toContainText('中国质量检验协会');
  await expect(active).toContainText('PKCS#12 import');
  await expect(active).toContainText('CN=中国质量检验协会测试根证书');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 30_000 });
  await screenshot(page, 'keys-pkcs12-english');
});
