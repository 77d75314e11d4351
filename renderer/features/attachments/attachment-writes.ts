import { userError, XinpingError, type UserError } from '../../../shared/errors';
import type { AttachmentMeta } from '../../../shared/model';
import { OPERATIONS } from '../../../shared/operations';
import type { AttachmentRow } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor } from '../../db/write';
import { attachmentMimeType, attachmentSizeError, duplicateAttachmentError, sha256OfBytes } from './attachment-policy';

export type FileLike = { readonly name: string; readonly size: number; readonly type: string; arrayBuffer(): Promise<ArrayBuffer> };

export type AddResult = { readonly added: AttachmentMeta | null; readonly refused: UserError | null };

/**
 * Checks, reads and hashes a file, then stores it as a Blob. The hash is computed before write():
 * awaiting WebCrypto inside a Dexie transaction would let IndexedDB commit it early.
 */
export async function addAttachment(db: XinpingDb, actor: Actor, dossierId: string, file: FileLike, now: Date = new Date()): Promise<AddResult> {
  const tooLarge = attachmentSizeError(file.name, file.size);
  if (tooLarge) return { added: null, refused: tooLarge };
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256OfBytes(bytes);
  const mimeType = attachmentMimeType(file.type, new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength)));
  const row: AttachmentRow = {
    id: crypto.randomUUID(),
    dossierId,
    name: file.name,
    mimeType,
    size: bytes.byteLength,
    sha256,
    addedAt: now.toISOString(),
    blob: new Blob([bytes], { type: mimeType }),
  };
  const existing = await db.attachments.where('dossierId').equals(dossierId).filter((a) => a.sha256 === sha256).first();
  if (existing) return { added: null, refused: duplicateAttachmentError(file.name, existing.name) };
  await write(
    db,
    actor,
    OPERATIONS.addAttachment,
    async (scope) => {
      // Checked again inside the transaction: two drops of the same file may race past the check above.
      const twin = await scope.db.attachments.where('dossierId').equals(dossierId).filter((a) => a.sha256 === sha256).first();
      if (twin) throw new XinpingError(duplicateAttachmentError(file.name, twin.name));
      await scope.add('attachments', row);
    },
    { tables: ['attachments'] },
  );
  const { blob: _blob, ...meta } = row;
  return { added: meta, refused: null };
}

/** Deletes an attachment unless a score sheet cites it as evidence (that would silently weaken the sheet). */
export function removeAttachment(db: XinpingDb, actor: Actor, attachment: AttachmentMeta): Promise<void> {
  return write(
    db,
    actor,
    OPERATIONS.removeAttachment,
    async (scope) => {
      const sheets = await scope.db.scoreSheets.where('dossierId').equals(attachment.dossierId).toArray();
      const citing = sheets.filter((sheet) => sheet.scores.some((s) => s.evidenceIds?.includes(attachment.id)));
      if (citing.length > 0) {
        const who = citing.map((s) => s.reviewerId).join('、');
        throw new XinpingError(
          userError('attachment.in_use', `附件“${attachment.name}”已被 ${who} 的评分表引为证明材料，不能删除`, `"${attachment.name}" is cited as evidence by the score sheet of ${who}; it cannot be removed`, { file: attachment.name }),
        );
      }
      await scope.remove('attachments', attachment.id);
    },
    { tables: ['attachments', 'scoreSheets'] },
  );
}
