// The workstation's side of the hub's HTTP API, over fetch. Every answer is checked with zod;
// failures become HubRequestError carrying the hub's own zh/en message and whether a retry
// can help (network trouble, 5xx, 408/429, missing blobs) or not (refused, invalid).
import { z } from 'zod';
import { senderKeySchema, type BundleSignature } from '../../shared/bundle/manifest';
import { signedReceiptSchema, type SignedReceipt } from '../../shared/bundle/receipt';
import { packBody, type PackBlob } from '../../shared/bundle/blob-pack';
import { userError, XinpingError, type UserError } from '../../shared/errors';

export class HubRequestError extends XinpingError {
  readonly status: number;
  readonly isRetryable: boolean;
  readonly details: unknown;
  constructor(detail: UserError, status: number, isRetryable: boolean, details?: unknown) {
    super(detail);
    this.name = 'HubRequestError';
    this.status = status;
    this.isRetryable = isRetryable;
    this.details = details;
  }
}

export type HubClientOptions = {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: typeof fetch;
};

export type CommitResponse = SignedReceipt & { readonly isDuplicate: boolean };

export type HubClient = {
  readonly baseUrl: string;
  health(): Promise<{ ok: boolean; hubKey: string }>;
  hubKey(): Promise<{ fingerprint: string }>;
  /** The token's user, role and batches (empty: every batch). */
  whoami(): Promise<{ user: string; role: string; batchIds: string[] }>;
  missing(sha256s: readonly string[]): Promise<string[]>;
  putBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Several small blobs in one request (shared/bundle/blob-pack.ts). */
  putPack(blobs: readonly PackBlob[]): Promise<void>;
  commit(manifestText: string, signature: BundleSignature): Promise<CommitResponse>;
  listSubmissions(batchId: string, after?: number): Promise<SubmissionPage>;
  submissionBundle(id: string): Promise<Uint8Array>;
  results(batchId: string): Promise<Uint8Array | undefined>;
};

const errorBody = z.object({ error: z.object({ code: z.string(), zh: z.string(), en: z.string() }).loose(), details: z.unknown().optional() });
const healthSchema = z.object({ ok: z.boolean(), hubKey: z.string() }).loose();
const missingSchema = z.object({ missing: z.array(z.string()) });
const commitSchema = signedReceiptSchema.extend({ isDuplicate: z.boolean() });
const submissionSchema = z.object({ id: z.string(), seq: z.number(), bundleId: z.string(), batchId: z.string(), kind: z.string(), senderName: z.string(), reviewerId: z.string().nullable(), receivedAt: z.string(), receipt: signedReceiptSchema }).loose();
const pageSchema = z.object({ submissions: z.array(submissionSchema), next: z.number(), isComplete: z.boolean() });
const hubKeySchema = z.object({ key: senderKeySchema, fingerprint: z.string() });
const whoamiSchema = z.object({ user: z.string(), role: z.string(), batchIds: z.array(z.string()) }).loose();

export type SubmissionSummary = z.output<typeof submissionSchema>;
export type SubmissionPage = z.output<typeof pageSchema>;

const isRetryableStatus = (status: number, code: string): boolean => status >= 500 || status === 408 || status === 429 || code === 'hub.blobs_missing' || code === 'hub.blob_damaged';

export function createHubClient(options: HubClientOptions): HubClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = { authorization: `Bearer ${options.token}` };

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers } });
    } catch (cause) {
      const error = new HubRequestError(userError('sync.network', `无法连接评价中心（${base}）或连接中断`, `could not reach the hub at ${base}, or the connection dropped`), 0, true);
      error.cause = cause;
      throw error;
    }
    if (response.ok || response.status === 404) return response;
    const text = await response.text().catch(() => '');
    const parsed = errorBody.safeParse(safeJson(text));
    const detail = parsed.success
      ? userError(parsed.data.error.code, parsed.data.error.zh, parsed.data.error.en)
      : userError('sync.hub_status', `评价中心返回错误 ${response.status}`, `the hub answered with error ${response.status}`);
    throw new HubRequestError(detail, response.status, isRetryableStatus(response.status, detail.code), parsed.success ? parsed.data.details : undefined);
  }

  async function json<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
    const response = await request(path, init);
    if (response.status === 404) throw new HubRequestError(userError('sync.hub_not_found', `评价中心没有找到 ${path}`, `the hub has no ${path}`), 404, false);
    const parsed = schema.safeParse(safeJson(await response.text()));
    if (!parsed.success) throw new HubRequestError(userError('sync.hub_garbled', '评价中心的应答格式不对', "the hub's answer is malformed"), response.status, true);
    return parsed.data;
  }

  async function bytes(path: string): Promise<Uint8Array | undefined> {
    const response = await request(path);
    return response.status === 404 ? undefined : new Uint8Array(await response.arrayBuffer());
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  return {
    baseUrl: base,
    health: () => json(healthSchema, '/health'),
    hubKey: () => json(hubKeySchema, '/v1/hub-key'),
    whoami: () => json(whoamiSchema, '/v1/whoami'),
    missing: async (sha256s) => (await json(missingSchema, '/v1/blobs/missing', post({ sha256: sha256s }))).missing,
    async putBlob(sha256, body) {
      await request(`/v1/blobs/${sha256}`, { method: 'PUT', body: body.slice(), headers: { 'content-type': 'application/octet-stream' } });
    },
    async putPack(blobs) {
      await request('/v1/blobs/pack', { method: 'POST', body: packBody(blobs), headers: { 'content-type': 'application/x-xinping-pack' } });
    },
    commit: (manifest, signature) => json(commitSchema, '/v1/submissions', post({ manifest, signature })),
    listSubmissions: (batchId, after = 0) => json(pageSchema, `/v1/batches/${encodeURIComponent(batchId)}/submissions?after=${after}`),
    async submissionBundle(id) {
      const found = await bytes(`/v1/submissions/${id}/bundle`);
      if (!found) throw new HubRequestError(userError('sync.hub_not_found', `评价中心没有提交 ${id}`, `the hub has no submission ${id}`), 404, false);
      return found;
    },
    results: (batchId) => bytes(`/v1/batches/${encodeURIComponent(batchId)}/results`),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
