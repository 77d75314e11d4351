// The hub's own signing key (ECDSA P-256), made at first start and kept in the database; it signs
// receipts. Its public half is served at GET /v1/hub-key so workstations can pin it.
import type { SenderKey } from '../shared/bundle/manifest';
import { jwkSenderKey, keyFingerprint, webCryptoSigner, type ManifestSigner } from '../shared/bundle/signature';
import type { Sql } from './db/sql';
import { jsonOf } from './db/sql';
import { createLogger } from './log';

const log = createLogger('hub-key');

export type HubKey = { readonly signer: ManifestSigner; readonly publicKey: SenderKey; readonly fingerprint: string };

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function loadOrCreateHubKey(sql: Sql): Promise<HubKey> {
  let rows = await sql.query('select private_jwk, public_jwk from hub_key where id = 1');
  if (rows.length === 0) {
    const pair = await crypto.subtle.generateKey(EC, true, ['sign', 'verify']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const publicKey = await jwkSenderKey(pair.publicKey);
    const fingerprint = await keyFingerprint(publicKey);
    if (!fingerprint.ok) throw new Error(fingerprint.error.en);
    // Two hubs starting together on one PostgreSQL: the first insert wins, both read it back.
    await sql.query('insert into hub_key (id, private_jwk, public_jwk, fingerprint) values (1, $1::text::jsonb, $2::text::jsonb, $3) on conflict (id) do nothing', [
      JSON.stringify(privateJwk),
      JSON.stringify(publicKey),
      fingerprint.value,
    ]);
    rows = await sql.query('select private_jwk, public_jwk from hub_key where id = 1');
    log.info(`created the hub signing key ${fingerprint.value.slice(0, 16)}…`);
  }
  const row = rows[0];
  if (!row) throw new Error('hub key missing after insert');
  const privateKey = await crypto.subtle.importKey('jwk', jsonOf(row.private_jwk) as JsonWebKey, EC, false, ['sign']);
  const publicKey = jsonOf(row.public_jwk) as SenderKey;
  const fingerprint = await keyFingerprint(publicKey);
  if (!fingerprint.ok) throw new Error(fingerprint.error.en);
  return { signer: webCryptoSigner(privateKey, publicKey), publicKey, fingerprint: fingerprint.value };
}
