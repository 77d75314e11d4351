// Certificate path from the signer up to one of the CA certificates the user imported: each
// certificate's signature checked with its issuer's key, each issuer a CA, each valid at the
// signing time.
import type { Certificate } from 'pkijs';

export type ChainStatus = 'trusted' | 'no-trust-anchor' | 'bad-signature' | 'not-a-ca' | 'expired' | 'not-yet-valid';

export type ChainResult = { readonly status: ChainStatus; readonly path: readonly Certificate[] };

const MAX_DEPTH = 6;

function der(cert: Certificate): string {
  return Array.from(new Uint8Array(cert.toSchema().toBER(false)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function isCa(cert: Certificate): boolean {
  const bc = cert.extensions?.find((e) => e.extnID === '2.5.29.19')?.parsedValue as { cA?: boolean } | undefined;
  return bc?.cA === true;
}

function validityAt(cert: Certificate, at: Date): ChainStatus | null {
  if (at < cert.notBefore.value) return 'not-yet-valid';
  if (at > cert.notAfter.value) return 'expired';
  return null;
}

async function signedBy(cert: Certificate, issuer: Certificate): Promise<boolean> {
  try {
    return await cert.verify(issuer);
  } catch {
    return false;
  }
}

export async function checkChain(leaf: Certificate, intermediates: readonly Certificate[], anchors: readonly Certificate[], at: Date): Promise<ChainResult> {
  const anchorSet = new Set(anchors.map(der));
  const path: Certificate[] = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const invalid = validityAt(current, at);
    if (invalid) return { status: invalid, path };
    if (anchorSet.has(der(current))) return { status: 'trusted', path };
    const candidates = [...anchors, ...intermediates].filter((c) => c !== current && c.subject.isEqual(current.issuer));
    let next: Certificate | null = null;
    for (const candidate of candidates) {
      if (await signedBy(current, candidate)) { next = candidate; break; }
    }
    if (!next) return { status: candidates.length > 0 ? 'bad-signature' : 'no-trust-anchor', path };
    if (!isCa(next)) return { status: 'not-a-ca', path: [...path, next] };
    path.push(next);
    current = next;
  }
  return { status: 'no-trust-anchor', path };
}
