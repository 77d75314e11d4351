import { afterEach, describe, expect, it } from 'vitest';
import { auditSnapshot, auditTrail, verifyStoredAuditChain } from '../../../renderer/db/audit';
import type { XinpingDb } from '../../../renderer/db/schema';
import { write } from '../../../renderer/db/write';
import { sha256Hex } from '../../../shared/canonical';
import { enterprise, openTestDb, staff } from '../db/helpers';

let db: XinpingDb;
afterEach(() => db.close());

const label = { zh: '编辑企业', en: 'Edit enterprise' };

async function threeChanges(): Promise<void> {
  db = openTestDb();
  await write(db, staff, label, (s) => s.put('enterprises', enterprise('e1', '甲公司', '91110000600001760P')));
  await write(db, staff, label, (s) => s.put('enterprises', enterprise('e2', '乙公司', '91310000132210877W')));
  await write(db, { actor: '主管', role: 'supervisor' }, label, (s) => s.update('enterprises', 'e1', { region: '天津' }));
}

describe('the stored audit log', () => {
  it('verifies after ordinary writes and lists one record’s history', async () => {
    await threeChanges();
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 3 });
    const trail = await auditTrail(db, 'enterprises', 'e1');
    expect(trail.map((e) => [e.seq, e.action, e.actor])).toEqual([
      [1, 'create', '工作人员'],
      [3, 'update', '主管'],
    ]);
  });

  it('names an entry edited in the database behind the app’s back', async () => {
    await threeChanges();
    const entry = await db.audit.get(2);
    await db.audit.put({ ...entry!, actor: '主管' });
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: false, seq: 2, kind: 'edited' });
  });

  it('names an entry deleted from the database', async () => {
    await threeChanges();
    await db.audit.delete(2);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: false, seq: 2, kind: 'removed' });
  });

  it('detects the newest entry deleted, given the head recorded at export', async () => {
    await threeChanges();
    const head = await db.audit.get(3);
    await db.audit.delete(3);
    expect(await verifyStoredAuditChain(db, { seq: 3, hash: head!.hash })).toMatchObject({ ok: false, kind: 'truncated' });
  });
});

describe('auditSnapshot', () => {
  it('describes bytes, blobs and keys instead of copying them', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const bytes = new Uint8Array([1, 2, 3]);
    const snapshot = auditSnapshot({ bytes, blob: new Blob(['abcd'], { type: 'application/pdf' }), privateKey: pair.privateKey, when: new Date(0), gone: undefined, list: [undefined, 1] });
    expect(snapshot).toEqual({
      bytes: { bytes: 3, sha256: sha256Hex(bytes) },
      blob: { blob: 4, type: 'application/pdf' },
      privateKey: { cryptoKey: 'private', algorithm: 'ECDSA', isExtractable: false },
      when: '1970-01-01T00:00:00.000Z',
      list: [null, 1],
    });
  });

  it('logs a stored document without its PDF bytes', async () => {
    db = openTestDb();
    const bytes = new TextEncoder().encode('%PDF-1.7 …');
    await write(db, staff, { zh: '生成公示通知', en: 'Make notice' }, (s) =>
      s.put('documents', { id: 'doc1', batchId: 'b1', kind: 'notice', fileName: '公示.pdf', sha256: sha256Hex(bytes), bytes, snapshot: { rows: 2 }, createdAt: '2015-07-13T00:00:00.000Z' }),
    );
    const [entry] = await db.audit.toArray();
    expect(entry?.after).toMatchObject({ bytes: { bytes: bytes.byteLength, sha256: sha256Hex(bytes) }, fileName: '公示.pdf' });
  });
});
