import type { Page } from '@playwright/test';
import { ACTIVE_KEY_SETTING } from '../../../renderer/features/signing/active-key';
import { createCertificateAuthority, issueCertificate } from '../../../renderer/pdf/sign/dev-ca';
import { createCertificationRequest } from '../../../renderer/pdf/sign/keys';

// The workstation's signing identity for e2e: a test CA issues the association's certificate, and
// the key goes into the app's `keys` table as a non-extractable WebCrypto key, as the app keeps it,
// and is made the active identity. The 签名密钥 screen that does this for users is tested in
// signing.spec.ts; this shortcut keeps the lifecycle spec about the lifecycle.

const SUBJECT = { commonName: '中国质量检验协会', organization: '中国质量检验协会', organizationalUnit: '信评办', country: 'CN' };

export async function installSigningKey(page: Page): Promise<void> {
  const ca = await createCertificateAuthority({ commonName: '中国质量检验协会测试根证书（e2e）', organization: '中国质量检验协会', country: 'CN' });
  // extractable here only so that the browser can import it; the browser's copy is not
  const keys = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const certificate = await issueCertificate(ca, await createCertificationRequest(keys, SUBJECT));
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', keys.publicKey));
  await page.evaluate(
    async ({ pkcs8, spki, certificate, chain, activeKeySetting }) => {
      const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
      const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), algorithm, false, ['sign']);
      const publicKey = await crypto.subtle.importKey('spki', new Uint8Array(spki), algorithm, true, ['verify']);
      const record = { id: 'e2e-signing-key', label: '信评办签章（测试）', privateKey, publicKey, certificateDer: new Uint8Array(certificate), chainDer: [new Uint8Array(chain)], createdAt: new Date().toISOString() };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xinping');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['keys', 'settings'], 'readwrite');
          tx.objectStore('keys').put(record);
          tx.objectStore('settings').put({ key: activeKeySetting, value: record.id });
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { pkcs8: [...pkcs8], spki: [...spki], certificate: [...certificate], chain: [...ca.certificate], activeKeySetting: ACTIVE_KEY_SETTING },
  );
}
