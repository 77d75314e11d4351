// What a user needs to know about a certificate: who, issued by whom, serial, valid when.
import type { Certificate } from 'pkijs';
import { err, ok, userError, type Result } from '../../../shared/errors';
import { derFromPemOrDer, toArrayBuffer, toHex } from './bytes';
import { describeName, type DescribedName } from './names';
import { pki } from './pki';

export type CertificateInfo = {
  readonly subject: DescribedName;
  readonly issuer: DescribedName;
  readonly serialNumber: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly isCa: boolean;
};

export function certificateInfo(cert: Certificate): CertificateInfo {
  const bc = cert.extensions?.find((e) => e.extnID === '2.5.29.19')?.parsedValue as { cA?: boolean } | undefined;
  return {
    subject: describeName(cert.subject),
    issuer: describeName(cert.issuer),
    serialNumber: toHex(new Uint8Array(cert.serialNumber.valueBlock.valueHexView)),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    isCa: bc?.cA === true,
  };
}

/** Trust boundary: certificate files users pick (DER or PEM). */
export function parseCertificate(bytes: Uint8Array, file?: string): Result<{ der: Uint8Array; cert: Certificate }> {
  const der = derFromPemOrDer(bytes, 'CERTIFICATE');
  const bad = userError('cert.invalid', '无法读取证书文件（应为 DER 或 PEM 格式的 X.509 证书）', 'the certificate file cannot be read (expected an X.509 certificate, DER or PEM)', file ? { file } : undefined);
  if (!der) return err(bad);
  try {
    return ok({ der, cert: pki().Certificate.fromBER(toArrayBuffer(der)) });
  } catch {
    return err(bad);
  }
}
