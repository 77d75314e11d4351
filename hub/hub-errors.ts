// What the hub answers when it says no: an HTTP status and the same {code, zh, en} users see.
import { userError, type UserError } from '../shared/errors';

export type HubError = { readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500 | 503; readonly error: UserError; readonly details?: unknown };

export const hubErrors = {
  unauthenticated: (): HubError => ({ status: 401, error: userError('hub.unauthenticated', '缺少或无效的访问令牌', 'missing or invalid access token') }),
  forbiddenBatch: (batchId: string): HubError => ({
    status: 403,
    error: userError('hub.forbidden_batch', `您的令牌无权访问批次“${batchId}”`, `your token may not access batch "${batchId}"`, { field: 'batch.id' }),
  }),
  forbidden: (zh: string, en: string): HubError => ({ status: 403, error: userError('hub.forbidden', zh, en) }),
  badSha: (value: string): HubError => ({ status: 400, error: userError('hub.bad_sha256', `“${value.slice(0, 80)}”不是 SHA-256`, `"${value.slice(0, 80)}" is not a SHA-256`, { field: 'sha256' }) }),
  invalid: (errors: readonly UserError[]): HubError => ({
    status: 422,
    error: errors[0] ?? userError('hub.invalid', '请求无效', 'the request is invalid'),
    details: errors,
  }),
  hashMismatch: (sha: string, actual: string): HubError => ({
    status: 422,
    error: userError('hub.hash_mismatch', `上传内容的 SHA-256 为 ${actual.slice(0, 16)}…，与地址中的 ${sha.slice(0, 16)}… 不符`, `the uploaded bytes hash to ${actual.slice(0, 16)}…, not ${sha.slice(0, 16)}… as addressed`, { field: 'sha256' }),
  }),
  tooLarge: (limit: number): HubError => ({
    status: 413,
    error: userError('hub.too_large', `上传内容超过上限 ${Math.round(limit / 1048576)} MiB`, `the upload is larger than the ${Math.round(limit / 1048576)} MiB allowed`),
  }),
  missingBlobs: (names: readonly string[]): HubError => ({
    status: 409,
    error: userError('hub.blobs_missing', `中心尚未收到 ${names.length} 个条目（如“${names[0] ?? ''}”），请先上传`, `the hub has not received ${names.length} entries yet (e.g. "${names[0] ?? ''}"); upload them first`),
    details: { missing: names },
  }),
  damagedBlob: (name: string): HubError => ({
    status: 409,
    error: userError('hub.blob_damaged', `中心保存的条目“${name}”已损坏，请重新上传`, `the hub's copy of entry "${name}" is damaged; upload it again`, { field: name }),
    details: { missing: [name] },
  }),
  bundleIdTaken: (bundleId: string): HubError => ({
    status: 409,
    error: userError('hub.bundle_id_conflict', `数据包编号 ${bundleId} 已被另一份内容不同的提交使用`, `bundle id ${bundleId} was already submitted with different content`, { field: 'bundleId' }),
  }),
  notFound: (zh: string, en: string): HubError => ({ status: 404, error: userError('hub.not_found', `找不到${zh}`, `${en} was not found`) }),
};
