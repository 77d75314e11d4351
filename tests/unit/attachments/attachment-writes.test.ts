import { afterEach, describe, expect, it } from 'vitest';
import { addAttachment, removeAttachment, type FileLike } from '../../../renderer/features/attachments/attachment-writes';
import { ATTACHMENT_MAX_BYTES } from '../../../renderer/features/attachments/attachment-policy';
import { saveDraft } from '../../../renderer/features/scoring/score-sheet-writes';
import type { XinpingDb } from '../../../renderer/db/schema';
import { onWriteError, type Actor } from '../../../renderer/db/write';
import { newScoreSheet, patchEntry } from '../../../shared/score-sheet';
import { openTestDb, staff } from '../db/helpers';

const reviewer: Actor = { actor: '评审员甲', role: 'reviewer' };
const T0 = new Date('2026-03-02T08:00:00.000Z');

let db: XinpingDb;
let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  db.close();
});

function file(name: string, text: string, type = 'application/pdf'): FileLike & { reads: number } {
  const data = new TextEncoder().encode(text);
  const f = { name, size: data.byteLength, type, reads: 0, arrayBuffer: async (): Promise<ArrayBuffer> => {
    f.reads += 1;
    return data.slice().buffer;
  } };
  return f;
}

describe('adding attachments', () => {
  it('stores the bytes as a Blob with their SHA-256 and sniffed type, and audits it without the bytes', async () => {
    db = openTestDb();
    const result = await addAttachment(db, reviewer, 'd1', file('审计报告.pdf', '%PDF-1.7 body'), T0);
    expect(result.refused).toBeNull();
    const row = await db.attachments.get(result.added?.id ?? '');
    expect(row).toMatchObject({ dossierId: 'd1', name: '审计报告.pdf', mimeType: 'application/pdf', size: 13, addedAt: T0.toISOString() });
    expect(row?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await row?.blob.text()).toBe('%PDF-1.7 body');
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ entity: 'attachments', action: 'create', after: { blob: { blob: 13, type: 'application/pdf' } } });
  });

  it('refuses an over-limit file without reading it', async () => {
    db = openTestDb();
    const big = { ...file('扫描件.pdf', '%PDF'), size: ATTACHMENT_MAX_BYTES + 1 };
    const result = await addAttachment(db, reviewer, 'd1', big, T0);
    expect(result.refused?.code).toBe('attachment.too_large');
    expect(big.reads).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('refuses the same content twice in one dossier, naming both files, but allows it in another dossier', async () => {
    db = openTestDb();
    await addAttachment(db, reviewer, 'd1', file('证书.pdf', '%PDF-1.7 same'), T0);
    const again = await addAttachment(db, reviewer, 'd1', file('证书（副本）.pdf', '%PDF-1.7 same'), T0);
    expect(again.refused?.zh).toContain('“证书（副本）.pdf”与已有附件“证书.pdf”');
    expect((await addAttachment(db, reviewer, 'd2', file('证书.pdf', '%PDF-1.7 same'), T0)).added).not.toBeNull();
    expect(await db.attachments.count()).toBe(2);
  });
});

describe('removing attachments', () => {
  it('is refused for reviewers, and for anyone while a score sheet cites it as evidence', async () => {
    db = openTestDb();
    const codes: string[] = [];
    stop = onWriteError((f) => codes.push(f.error.code));
    const { added } = await addAttachment(db, reviewer, 'd1', file('执照.pdf', '%PDF-1.7 a'), T0);
    if (!added) throw new Error('not added');
    await expect(removeAttachment(db, reviewer, added)).rejects.toThrow();
    await saveDraft(db, reviewer, patchEntry(newScoreSheet('d1', reviewer.actor, 'h', T0), 'basic.qualification', { evidenceIds: [added.id] }, T0));
    await expect(removeAttachment(db, staff, added)).rejects.toMatchObject({ detail: { code: 'attachment.in_use', zh: expect.stringContaining('评审员甲') } });
    expect(codes).toEqual(['role.refused', 'attachment.in_use']);
    expect(await db.attachments.count()).toBe(1);
  });

  it('lets staff remove an attachment nobody cites', async () => {
    db = openTestDb();
    const { added } = await addAttachment(db, reviewer, 'd1', file('执照.pdf', '%PDF-1.7 a'), T0);
    if (!added) throw new Error('not added');
    await removeAttachment(db, staff, added);
    expect(await db.attachments.count()).toBe(0);
  });
});
