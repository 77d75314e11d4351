// Every way a bundle can be refused, in Chinese and English, naming the bundle file and entry.
import { userError, type UserError } from '../errors';

export type Where = { readonly file?: string; readonly entry?: string; readonly path?: string };

function at(where: Where): { file?: string; field?: string; path?: string } {
  return {
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.entry === undefined ? {} : { field: where.entry }),
    ...(where.path === undefined ? {} : { path: where.path }),
  };
}

export function bundleError(code: string, zh: string, en: string, where: Where = {}): UserError {
  return userError(`bundle.${code}`, zh, en, at(where));
}

const MIB = 1024 * 1024;
export const mib = (n: number): string => `${(n / MIB).toFixed(1)} MiB`;

export const errors = {
  tooBig: (size: number, max: number, w: Where): UserError =>
    bundleError('too_big', `数据包大小 ${mib(size)} 超过上限 ${mib(max)}`, `the bundle is ${mib(size)}, more than the ${mib(max)} allowed`, w),
  corrupt: (w: Where, detail: string): UserError =>
    bundleError('corrupt', `数据包已损坏，无法解压（${w.entry ?? '压缩包'}：${detail}）`, `the bundle is damaged and cannot be unpacked (${w.entry ?? 'zip'}: ${detail})`, w),
  notZip: (w: Where): UserError =>
    bundleError('not_zip', '数据包不是完整的 zip 文件（找不到中央目录：文件被截断，或根本不是 zip）', 'the bundle is not a complete zip file (no central directory: the file was cut short, or is not a zip)', w),
  empty: (w: Where): UserError => bundleError('empty', '数据包为空或不是 zip 文件', 'the bundle is empty or not a zip file', w),
  unsafeName: (name: string, zh: string, en: string, w: Where): UserError =>
    bundleError('unsafe_name', `条目名“${name}”不安全：${zh}`, `entry name "${name}" is unsafe: ${en}`, w),
  duplicate: (w: Where & { entry: string }): UserError =>
    bundleError('duplicate_entry', `条目“${w.entry}”在数据包中出现多次`, `entry "${w.entry}" appears more than once in the bundle`, w),
  tooManyEntries: (max: number, w: Where): UserError =>
    bundleError('too_many_entries', `数据包条目数超过上限 ${max}`, `the bundle has more than ${max} entries`, w),
  sizesUndeclared: (w: Where & { entry: string }): UserError =>
    bundleError('sizes_undeclared', `条目“${w.entry}”未声明大小（不接受流式写入的 zip）`, `entry "${w.entry}" does not declare its sizes (streamed zips are not accepted)`, w),
  compression: (method: number, w: Where & { entry: string }): UserError =>
    bundleError('compression', `条目“${w.entry}”使用了不支持的压缩方式 ${method}`, `entry "${w.entry}" uses unsupported compression method ${method}`, w),
  entryTooBig: (size: number, max: number, w: Where & { entry: string }): UserError =>
    bundleError('entry_too_big', `条目“${w.entry}”大小 ${mib(size)} 超过上限 ${mib(max)}`, `entry "${w.entry}" is ${mib(size)}, more than the ${mib(max)} allowed`, w),
  totalTooBig: (max: number, w: Where): UserError =>
    bundleError('total_too_big', `数据包解压后总大小超过上限 ${mib(max)}（疑似压缩炸弹）`, `the bundle unpacks to more than ${mib(max)} (a zip bomb?)`, w),
  ratio: (ratio: number, max: number, w: Where & { entry: string }): UserError =>
    bundleError('ratio', `条目“${w.entry}”压缩比 ${Math.round(ratio)}:1 超过上限 ${max}:1（疑似压缩炸弹）`, `entry "${w.entry}" has a compression ratio of ${Math.round(ratio)}:1, above the ${max}:1 allowed (a zip bomb?)`, w),
  sizeMismatch: (declared: number, actual: string, w: Where & { entry: string }): UserError =>
    bundleError('size_mismatch', `条目“${w.entry}”声明大小 ${declared} 字节，实际 ${actual} 字节`, `entry "${w.entry}" declares ${declared} bytes but holds ${actual}`, w),
  truncated: (w: Where & { entry: string }): UserError =>
    bundleError('truncated', `条目“${w.entry}”不完整（数据包被截断）`, `entry "${w.entry}" is incomplete (the bundle was cut short)`, w),
  missing: (w: Where & { entry: string }): UserError =>
    bundleError('missing_entry', `数据包缺少条目“${w.entry}”`, `the bundle lacks entry "${w.entry}"`, w),
  notInManifest: (w: Where & { entry: string }): UserError =>
    bundleError('not_in_manifest', `条目“${w.entry}”未列在清单中`, `entry "${w.entry}" is not listed in the manifest`, w),
  hashMismatch: (w: Where & { entry: string }): UserError =>
    bundleError('hash_mismatch', `条目“${w.entry}”的 SHA-256 与清单不符（内容被改动）`, `entry "${w.entry}" does not match its SHA-256 in the manifest (it was altered)`, w),
  sizeVsManifest: (listed: number, actual: number, w: Where & { entry: string }): UserError =>
    bundleError('size_mismatch', `条目“${w.entry}”清单记载 ${listed} 字节，实际 ${actual} 字节`, `entry "${w.entry}" is listed as ${listed} bytes but holds ${actual}`, w),
  notJson: (w: Where & { entry: string }): UserError =>
    bundleError('not_json', `条目“${w.entry}”不是有效的 JSON`, `entry "${w.entry}" is not valid JSON`, w),
  notBundle: (w: Where): UserError =>
    bundleError('not_bundle', '这不是信评数据包（清单格式标识不符）', 'this is not a Xinping bundle (the manifest format tag differs)', w),
  version: (version: unknown, w: Where): UserError =>
    bundleError('version', `数据包格式版本 ${String(version)} 不受支持，请升级应用`, `bundle format version ${String(version)} is not supported; update the app`, w),
  notCanonical: (w: Where & { entry: string }): UserError =>
    bundleError('not_canonical', `条目“${w.entry}”不是规范 JSON（签名针对规范形式）`, `entry "${w.entry}" is not canonical JSON (the signature covers the canonical form)`, w),
  keyUnsupported: (detail: string, w: Where): UserError =>
    bundleError('key_unsupported', `发送方公钥无法使用（需为 ECDSA P-256）：${detail}`, `the sender's public key cannot be used (ECDSA P-256 required): ${detail}`, w),
  badSignature: (w: Where): UserError =>
    bundleError('bad_signature', '清单签名验证失败：数据包被改动，或并非由所示发送方签署', 'the manifest signature does not verify: the bundle was altered or not signed by the sender shown', w),
  untrusted: (fingerprint: string, w: Where): UserError =>
    bundleError('untrusted_signer', `签名者（公钥指纹 ${fingerprint.slice(0, 16)}…）不在信任列表中`, `the signer (key fingerprint ${fingerprint.slice(0, 16)}…) is not trusted`, w),
  inconsistent: (zh: string, en: string, w: Where): UserError => bundleError('inconsistent', zh, en, w),
};
