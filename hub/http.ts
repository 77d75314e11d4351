// The pieces every route shares: the app's context type, errors as JSON, bearer-token auth
// (looked up hashed; cached briefly so a thousand uploads do not make a thousand queries).
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { BlobStore } from './blob-store';
import type { Sql } from './db/sql';
import { hubErrors, type HubError } from './hub-errors';
import type { HubKey } from './hub-key';
import { findPrincipal, type Principal } from './tokens';

export type HubDeps = {
  readonly sql: Sql;
  readonly blobs: BlobStore;
  readonly hubKey: HubKey;
  readonly maxBlobBytes: number;
  /** Origins allowed to call the hub from a browser; empty or absent: any (docs/hub.md). */
  readonly corsOrigins?: readonly string[];
  readonly now?: () => Date;
};

/** Under @hono/node-server the raw Node request is there; in app.request() tests it is not. */
export type HubEnv = { Bindings: { incoming?: AsyncIterable<Uint8Array> }; Variables: { principal: Principal } };

export const SHA256 = /^[0-9a-f]{64}$/;

export function fail(c: Context, e: HubError): Response {
  return c.json({ error: e.error, ...(e.details === undefined ? {} : { details: e.details }) }, e.status satisfies ContentfulStatusCode);
}

const CACHE_MS = 10_000;

/** Revocation takes effect within CACHE_MS (docs/hub.md). */
export function requireToken(sql: Sql): MiddlewareHandler<HubEnv> {
  const cache = new Map<string, { principal: Principal | undefined; until: number }>();
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const now = Date.now();
    let hit = cache.get(token);
    if (!hit || hit.until < now) {
      hit = { principal: token === '' ? undefined : await findPrincipal(sql, token), until: now + CACHE_MS };
      if (cache.size > 10_000) cache.clear();
      cache.set(token, hit);
    }
    if (!hit.principal) return fail(c, hubErrors.unauthenticated());
    c.set('principal', hit.principal);
    await next();
    return undefined;
  };
}

/** Reads a JSON body of at most `max` bytes (counted as it arrives); undefined if it is not JSON. */
export async function jsonBody(c: Context<HubEnv>, max: number): Promise<{ value: unknown } | { tooLarge: true } | undefined> {
  if (Number(c.req.header('content-length') ?? '0') > max) return { tooLarge: true };
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of capped(requestBody(c), max)) chunks.push(chunk);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { tooLarge: true };
    throw error;
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return undefined;
  }
}

/** The request body as chunks: the Node stream when served by Node (cheaper), else the web stream. */
export function requestBody(c: Context<HubEnv>): AsyncIterable<Uint8Array> {
  const incoming = (c.env as HubEnv['Bindings'] | undefined)?.incoming;
  return incoming ?? webChunks(c.req.raw.body);
}

async function* webChunks(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Passes chunks through, throwing once more than `max` bytes went by. */
export async function* capped(body: AsyncIterable<Uint8Array>, max: number): AsyncIterable<Uint8Array> {
  let seen = 0;
  for await (const chunk of body) {
    seen += chunk.length;
    if (seen > max) throw new BodyTooLargeError(max);
    yield chunk;
  }
}

export class BodyTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`request body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}
