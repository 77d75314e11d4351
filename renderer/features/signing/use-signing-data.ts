// What the 签名密钥 screen reads live: the keys (newest first), which one is active, the trusted CAs.
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyRecord } from '../../db/rows';
import { db } from '../../db';
import type { CertificateInfo } from '../../pdf/sign/certificate-info';
import { activeKeyId, describeCertificate, trustedCas, type TrustedCa } from './identity';

export type KeyView = KeyRecord & { readonly info: CertificateInfo | null; readonly isActive: boolean };
export type CaView = TrustedCa & { readonly info: CertificateInfo | null };

export type SigningData = {
  readonly keys: readonly KeyView[];
  readonly active: KeyView | undefined;
  readonly cas: readonly CaView[];
  /** The stored CA list could not be read (importing a CA again replaces it). */
  readonly caError: unknown;
};

export function useSigningData(): SigningData | undefined {
  return useLiveQuery(async () => {
    const [records, activeId, stored] = await Promise.all([
      db.keys.orderBy('createdAt').reverse().toArray(),
      activeKeyId(db),
      trustedCas(db).then((list) => ({ list, error: undefined }), (error: unknown) => ({ list: [], error })),
    ]);
    const cas = stored.list;
    const keys = records.map((k) => ({ ...k, info: describeCertificate(k.certificateDer), isActive: k.id === activeId && k.certificateDer !== undefined }));
    return { keys, active: keys.find((k) => k.isActive), cas: cas.map((ca) => ({ ...ca, info: describeCertificate(ca.der) })), caError: stored.error };
  }, []);
}
