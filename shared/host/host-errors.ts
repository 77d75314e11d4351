// The errors the host bridge reports, in one place so Electron and the web fallback word them alike.
import { type UserError, userError } from '../errors';

const MEBIBYTE = 1024 * 1024;

export function formatSize(bytes: number): string {
  return bytes >= MEBIBYTE ? `${(bytes / MEBIBYTE).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function senderRejectedError(channel: string): UserError {
  return userError(
    'host.sender-rejected',
    `请求“${channel}”来自应用以外的页面，已拒绝`,
    `The request "${channel}" came from a page outside the app and was refused`,
  );
}

export function invalidArgumentError(channel: string, detailZh: string, detailEn: string, path?: string): UserError {
  return userError(
    'host.invalid-argument',
    `请求“${channel}”的参数无效：${detailZh}`,
    `Invalid argument for "${channel}": ${detailEn}`,
    path === undefined ? undefined : { path },
  );
}

export function hostFailedError(channel: string, reasonZh: string, reasonEn: string = reasonZh): UserError {
  return userError('host.failed', `请求“${channel}”执行失败：${reasonZh}`, `The request "${channel}" failed: ${reasonEn}`);
}

export function fileTooLargeError(file: string, size: number, maxBytes: number): UserError {
  return userError(
    'host.file-too-large',
    `文件 ${file} 大小为 ${formatSize(size)}，超过上限 ${formatSize(maxBytes)}`,
    `The file ${file} is ${formatSize(size)}, more than the limit of ${formatSize(maxBytes)}`,
    { file },
  );
}

export function notAFileError(file: string): UserError {
  return userError('host.not-a-file', `${file} 不是普通文件，无法打开`, `${file} is not a regular file and cannot be opened`, { file });
}

export function readFailedError(file: string, reasonZh: string, reasonEn: string): UserError {
  return userError('host.read-failed', `无法读取文件 ${file}：${reasonZh}`, `Could not read the file ${file}: ${reasonEn}`, { file });
}

export function writeFailedError(file: string, reasonZh: string, reasonEn: string): UserError {
  return userError(
    'host.write-failed',
    `无法保存文件 ${file}：${reasonZh}。原有文件未被改动`,
    `Could not save the file ${file}: ${reasonEn}. Any existing file was left unchanged`,
    { file },
  );
}

export function printFailedError(title: string, reason: string): UserError {
  return userError('host.print-failed', `打印“${title}”失败：${reason}`, `Printing "${title}" failed: ${reason}`);
}

export function popupBlockedError(what: string): UserError {
  return userError(
    'host.popup-blocked',
    `浏览器阻止了新标签页，无法打开${what}。请允许本站点弹出窗口后重试`,
    `The browser blocked the new tab for ${what}. Allow pop-ups for this site and try again`,
  );
}
