// The workstation's sync plumbing for the UI: the sync database, the hub settings (kept in the
// sync database, so the token never enters the audited records), the bundle-signing key, and the
// bundles each role sends. No React here.
import { liveQuery } from 'dexie';
import { certificateSenderKey, jwkSenderKey, webCryptoSigner, type ManifestSigner } from '../../../shared/bundle/signature';
import { err, ok, userError, type Result, type UserError } from '../../../shared/errors';
import type { Role } from '../../../shared/model';
import { db } from '../../db';
import type { Actor } from '../../db/write';
import { createHubClient, type HubClient } from '../../sync/hub-client';
import { checkHubUrl } from '../../sync/hub-url';
import { describeFailure } from '../../sync/words';
import { exportBundle, type ExportedBundle } from '../../sync/export';
import { queuePush } from '../../sync/outbox';
import { SyncDb, type SyncSetting } from '../../sync/sync-db';
import type { BundleKind } from '../../../shared/bundle/manifest';

export const syncDb = new SyncDb();

export type HubSettings = Extract<SyncSetting, { key: 'hub' }>;

let cachedHub: HubSettings | undefined;
// The outbox runner asks for a client synchronously; keep the stored settings at hand.
liveQuery(() => syncDb.settings.get('hub')).subscribe({
  next: (row) => {
    cachedHub = row?.key === 'hub' ? row : undefined;
  },
  error: () => {
    cachedHub = undefined;
  },
});

export function currentHub(): HubSettings | undefined {
  return cachedHub;
}

export function hubClient(settings: HubSettings | undefined = cachedHub): HubClient | undefined {
  return settings ? createHubClient({ baseUrl: settings.url, token: settings.token }) : undefined;
}

/** Checks the address, reaches the hub, learns who the token is and pins the hub's key. */
export async function connectHub(url: string, token: string, badUrl: { zh: string; en: string }): Promise<Result<HubSettings>> {
  const origin = checkHubUrl(url);
  if (!origin) return err(userError('sync.hub_url', badUrl.zh, badUrl.en, { field: 'url' }));
  const client = createHubClient({ baseUrl: origin, token: token.trim() });
  try {
    const [who, key] = await Promise.all([client.whoami(), client.hubKey()]);
    const settings: HubSettings = { key: 'hub', url: origin, token: token.trim(), fingerprint: key.fingerprint, user: who.user, role: who.role, savedAt: new Date().toISOString() };
    await syncDb.settings.put(settings);
    cachedHub = settings;
    return ok(settings);
  } catch (cause) {
    const words = describeFailure(cause);
    return err(userError('sync.hub_connect', words.zh, words.en, { field: 'url' }));
  }
}

/** The workstation's signing identity: an imported certificate if there is one, else its own P-256 key. */
export async function workstationSigner(): Promise<ManifestSigner> {
  const keys = await db.keys.orderBy('createdAt').toArray();
  const certified = keys.find((k) => k.certificateDer !== undefined && k.privateKey.algorithm.name === 'ECDSA');
  if (certified?.certificateDer) return webCryptoSigner(certified.privateKey, certificateSenderKey(certified.certificateDer));
  const stored = await syncDb.settings.get('signing-key');
  if (stored?.key === 'signing-key') return webCryptoSigner(stored.privateKey, await jwkSenderKey(stored.publicKey));
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  await syncDb.settings.put({ key: 'signing-key', privateKey: pair.privateKey, publicKey: pair.publicKey, createdAt: new Date().toISOString() });
  return webCryptoSigner(pair.privateKey, await jwkSenderKey(pair.publicKey));
}

/** What each role sends: a reviewer their own part; staff the batch; a supervisor the results. */
export function pushKind(role: Role): BundleKind {
  return role === 'reviewer' ? 'reviewer' : role === 'supervisor' ? 'results' : 'batch';
}

export type ExportChoice = { readonly batchId: string; readonly kind: BundleKind; readonly reviewerId?: string };

export async function makeBundle(actor: Actor, choice: ExportChoice): Promise<Result<ExportedBundle, readonly UserError[]>> {
  const sender = { name: actor.actor, role: actor.role, ...(choice.kind === 'reviewer' ? { reviewerId: choice.reviewerId ?? actor.actor } : {}) };
  const made = await exportBundle(db, syncDb, {
    batchId: choice.batchId,
    kind: choice.kind,
    ...(choice.reviewerId !== undefined || choice.kind === 'reviewer' ? { reviewerId: choice.reviewerId ?? actor.actor } : {}),
    sender,
    signer: await workstationSigner(),
  });
  return made.ok ? made : err([made.error]);
}

/** Builds the role's bundle and puts it in the outbox; the runner uploads it. */
export async function queueBatchPush(actor: Actor, batchId: string): Promise<Result<ExportedBundle, readonly UserError[]>> {
  const made = await makeBundle(actor, { batchId, kind: pushKind(actor.role) });
  if (!made.ok) return made;
  await queuePush(db, syncDb, actor, made.value);
  return made;
}
