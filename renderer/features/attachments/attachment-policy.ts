// What may be attached to a dossier and how it is shown. The size limit is data
// (resources/defaults/attachments.json); the content type is read from the bytes, not the name.
import limits from '../../../resources/defaults/attachments.json';
import { userError, type UserError } from '../../../shared/errors';
import { formatSize } from '../../../shared/host/host-errors';

export const ATTACHMENT_MAX_BYTES: number = limits.maxBytes;

export type PreviewKind = 'image' | 'pdf';

const PREVIEWS: Readonly<Record<string, PreviewKind>> = {
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/bmp': 'image',
  'application/pdf': 'pdf',
};

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The previewable type the first bytes prove, or null (a name or a declared type proves nothing). */
export function sniffPreviewType(head: Uint8Array): string | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('BM'))) return 'image/bmp';
  // ISO 32000-1 §7.5.2: a PDF starts with "%PDF-".
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/**
 * The type stored with an attachment: the sniffed type when the bytes prove one; otherwise what
 * the browser declared — unless it claims a previewable type the bytes do not bear out.
 */
export function attachmentMimeType(declared: string, head: Uint8Array): string {
  const sniffed = sniffPreviewType(head);
  if (sniffed) return sniffed;
  const type = declared.trim().toLowerCase();
  return type === '' || PREVIEWS[type] ? 'application/octet-stream' : type;
}

export function previewKind(mimeType: string): PreviewKind | null {
  return PREVIEWS[mimeType] ?? null;
}

/** Why a file is refused before it is read, or null: empty, or over the size limit. */
export function attachmentSizeError(name: string, size: number, maxBytes: number = ATTACHMENT_MAX_BYTES): UserError | null {
  if (size === 0) return userError('attachment.empty', `文件“${name}”是空文件，未添加`, `The file "${name}" is empty and was not added`, { file: name });
  if (size <= maxBytes) return null;
  return userError(
    'attachment.too_large',
    `文件“${name}”大小为 ${formatSize(size)}，超过单个附件 ${formatSize(maxBytes)} 的上限，未添加`,
    `The file "${name}" is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for one attachment; it was not added`,
    { file: name },
  );
}

export function duplicateAttachmentError(name: string, existingName: string): UserError {
  return userError(
    'attachment.duplicate',
    `文件“${name}”与已有附件“${existingName}”内容相同，未重复添加`,
    `The file "${name}" has the same content as the attachment "${existingName}"; it was not added again`,
    { file: name },
  );
}

/** Lower-case hex SHA-256 of the bytes (WebCrypto; call it before, never inside, a Dexie transaction). */
export async function sha256OfBytes(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
