// The words a verification report uses, in Chinese and English.
import type { ChainStatus } from './chain';

export type Message = { readonly zh: string; readonly en: string };

export const MESSAGES = {
  unsigned: { zh: '该文件没有数字签名', en: 'the file has no digital signature' },
  rangeBroken: { zh: '签名的字节范围无效，文件结构已被破坏', en: 'the signature byte range is invalid; the file structure is damaged' },
  contentsBroken: { zh: '签名数据无法读取', en: 'the signature data cannot be read' },
  cmsBroken: { zh: '签名数据不是有效的 CMS 签名', en: 'the signature data is not a valid CMS signature' },
  noSignerCert: { zh: '签名中没有签名者证书', en: 'the signature does not include the signer certificate' },
  unchanged: { zh: '签名后文件内容未被改动', en: 'the document has not been changed since it was signed' },
  changed: { zh: '签名后文件内容被改动过（摘要不符）', en: 'the document was changed after signing (digest mismatch)' },
  wholeDocument: { zh: '签名覆盖整个文件', en: 'the signature covers the whole document' },
  partial: { zh: '签名未覆盖整个文件：签名之后又追加了内容', en: 'the signature does not cover the whole document: content was added after signing' },
  signatureValid: { zh: '签名值正确', en: 'the signature value is correct' },
  signatureInvalid: { zh: '签名值不正确（签名数据被篡改或与证书不符）', en: 'the signature value is wrong (tampered signature data or wrong certificate)' },
  noAnchors: { zh: '未导入协会 CA 证书，无法确认签名者身份', en: 'no association CA certificate imported; the signer cannot be confirmed' },
} as const satisfies Record<string, Message>;

export function chainMessage(status: ChainStatus, issuer: string): Message {
  switch (status) {
    case 'trusted': return { zh: `证书由受信任的 CA 签发（${issuer}）`, en: `the certificate was issued by a trusted CA (${issuer})` };
    case 'no-trust-anchor': return { zh: `证书不是由已导入的协会 CA 签发的（签发者：${issuer}）`, en: `the certificate was not issued by an imported association CA (issuer: ${issuer})` };
    case 'bad-signature': return { zh: `证书上的 CA 签名不正确（签发者：${issuer}）`, en: `the CA signature on the certificate is wrong (issuer: ${issuer})` };
    case 'not-a-ca': return { zh: '证书链中的签发者不是 CA 证书', en: 'an issuer in the chain is not a CA certificate' };
    case 'expired': return { zh: '签名时证书已过期', en: 'a certificate had expired at the signing time' };
    case 'not-yet-valid': return { zh: '签名时证书尚未生效', en: 'a certificate was not yet valid at the signing time' };
  }
}
