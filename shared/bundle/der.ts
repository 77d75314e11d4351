// Just enough DER (ITU-T X.690) to find an X.509 certificate's SubjectPublicKeyInfo
// (RFC 5280 §4.1): Certificate → tbsCertificate → [0] version?, serial, signature, issuer,
// validity, subject, subjectPublicKeyInfo. Anything unexpected is undefined, never a guess.

type Tlv = { readonly tag: number; readonly start: number; readonly contentStart: number; readonly end: number };

function readTlv(der: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = der[at] ?? 0;
  if ((tag & 0x1f) === 0x1f) return undefined;
  const first = der[at + 1] ?? 0;
  let length = first;
  let contentStart = at + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4 || at + 2 + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[at + 2 + i] ?? 0);
    contentStart += count;
  }
  const end = contentStart + length;
  return end > limit ? undefined : { tag, start: at, contentStart, end };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    const tlv = readTlv(der, at, parent.end);
    if (!tlv) return undefined;
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

const SEQUENCE = 0x30;

/** The DER bytes of the certificate's SubjectPublicKeyInfo, or undefined if it is not a certificate. */
export function subjectPublicKeyInfo(der: Uint8Array): Uint8Array | undefined {
  const cert = readTlv(der, 0, der.length);
  if (!cert || cert.tag !== SEQUENCE || cert.end !== der.length) return undefined;
  const tbs = children(der, cert)?.[0];
  if (!tbs || tbs.tag !== SEQUENCE) return undefined;
  const fields = children(der, tbs);
  if (!fields) return undefined;
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const spki = fields[offset + 5];
  if (!spki || spki.tag !== SEQUENCE) return undefined;
  return der.slice(spki.start, spki.end);
}
