import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../../renderer/db/rows';
import type { XinpingDb } from '../../../renderer/db/schema';
import { LATEST_VERSION, versions } from '../../../renderer/db/versions';
import { openTestDb } from './helpers';

let db: XinpingDb | undefined;
afterEach(() => db?.close());

describe('XinpingDb schema', () => {
  it('opens at the latest version with every table the app writes, plus the audit log', async () => {
    db = openTestDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...RECORD_TABLES, 'audit'].sort());
  });

  it('declares versions in ascending order, each with a reason', () => {
    const numbers = versions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const v of versions) expect(v.why.length).toBeGreaterThan(10);
  });

  it('indexes dossiers for batch-wide filter, sort and search', async () => {
    db = openTestDb();
    await db.open();
    const names = db.dossiers.schema.indexes.map((i) => i.name).sort();
    expect(names).toEqual(
      [
        'batchId',
        'enterpriseId',
        'reviewerIds',
        '[batchId+state]',
        '[batchId+grade]',
        '[batchId+region]',
        '[batchId+score]',
        '[batchId+enterpriseName]',
        '[batchId+creditCode]',
        '[batchId+updatedAt]',
      ].sort(),
    );
    expect(db.scoreSheets.schema.indexes.map((i) => i.name)).toContain('[dossierId+reviewerId]');
    expect(db.objections.schema.indexes.map((i) => i.name).sort()).toEqual(['batchId', 'dossierId']);
    expect(db.attachments.schema.indexes.map((i) => i.name)).toEqual(['dossierId']);
    expect(db.documents.schema.indexes.map((i) => i.name)).toEqual(['batchId']);
    expect(db.audit.schema.primKey.keyPath).toBe('seq');
  });

  it('keeps signing keys as CryptoKey objects and attachments as Blobs', async () => {
    db = openTestDb();
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    await db.keys.put({
      id: 'k1',
      label: '协会公章',
      privateKey: pair.privateKey,
      publicKey: pair.publicKey,
      certificateDer: new Uint8Array([0x30, 0x82]),
      createdAt: '2015-07-01T00:00:00.000Z',
    });
    const blob = new Blob(['营业执照'], { type: 'application/pdf' });
    await db.attachments.put({ id: 'a1', dossierId: 'd1', name: 'licence.pdf', mimeType: 'application/pdf', size: blob.size, sha256: 'x', addedAt: '2015-07-01T00:00:00.000Z', blob });

    const key = await db.keys.get('k1');
    expect(key?.privateKey.extractable).toBe(false);
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key!.privateKey, new Uint8Array([1, 2, 3]));
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key!.publicKey, signature, new Uint8Array([1, 2, 3]))).toBe(true);
    const stored = await db.attachments.get('a1');
    expect(await stored?.blob.text()).toBe('营业执照');
  });
});
