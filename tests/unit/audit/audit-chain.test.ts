import { describe, expect, it } from 'vitest';
import { auditHash, bulkSummary, chainEntries, createBulkDigest, GENESIS_HASH, GENESIS_HEAD, matchesBulkSummary, verifyAuditChain, type AuditDraft } from '../../../shared/audit';
import { sha256Hex } from '../../../shared/canonical';
import type { AuditEntry } from '../../../shared/model';

function draft(i: number): AuditDraft {
  return {
    at: `2015-07-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`,
    actor: i % 2 ? '评审员甲' : '工作人员',
    role: i % 2 ? 'reviewer' : 'staff',
    action: 'update',
    entity: 'dossiers',
    entityId: `d${i}`,
    before: { state: 'applied', score: null },
    after: { state: 'screened', score: 80 + i / 10 },
  };
}

const chain = (n: number): AuditEntry[] => chainEntries(GENESIS_HEAD, Array.from({ length: n }, (_, i) => draft(i + 1)));

function replace(entries: readonly AuditEntry[], index: number, entry: AuditEntry): AuditEntry[] {
  return entries.map((e, i) => (i === index ? entry : e));
}

describe('chainEntries', () => {
  it('numbers from 1, starts at the genesis hash and links each entry to the one before', () => {
    const entries = chain(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
  });

  it('hashes the documented canonical form: sorted keys, no whitespace, UTF-8, lower-case hex', () => {
    const [entry] = chain(1);
    const { seq, at, actor, role, action, entity, entityId, prevHash } = entry!;
    const written =
      `{"action":"${action}","actor":"${actor}","after":{"score":80.1,"state":"screened"},"at":"${at}",` +
      `"before":{"score":null,"state":"applied"},"entity":"${entity}","entityId":"${entityId}",` +
      `"prevHash":"${prevHash}","role":"${role}","seq":${seq}}`;
    expect(entry?.hash).toBe(sha256Hex(written));
    expect(entry?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores absent before/after values as null', () => {
    const [entry] = chainEntries(GENESIS_HEAD, [{ ...draft(1), before: undefined, after: undefined }]);
    expect(entry?.before).toBeNull();
    expect(entry?.after).toBeNull();
  });
});

describe('verifyAuditChain', () => {
  it('passes a clean chain and an empty one', () => {
    const entries = chain(5);
    expect(verifyAuditChain(entries)).toEqual({ ok: true, count: 5, head: { seq: 5, hash: entries[4]?.hash } });
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HEAD });
  });

  it('names an edited entry', () => {
    const entries = chain(5);
    const edited = { ...entries[2]!, after: { state: 'screened', score: 99 } };
    const result = verifyAuditChain(replace(entries, 2, edited));
    expect(result).toMatchObject({ ok: false, seq: 3, index: 2, kind: 'edited', error: { code: 'audit.edited' } });
    if (!result.ok) expect(result.error.zh).toContain('第 3 条');
  });

  it('names the next entry when an edit was re-hashed to hide it', () => {
    const entries = chain(5);
    const { hash: _old, ...rest } = { ...entries[1]!, actor: '冒名者' };
    const rehashed = { ...rest, hash: auditHash(rest) };
    expect(verifyAuditChain(replace(entries, 1, rehashed))).toMatchObject({ ok: false, seq: 3, kind: 'unlinked' });
  });

  it('names a removed entry, in the middle or at the start', () => {
    const entries = chain(5);
    expect(verifyAuditChain(entries.filter((e) => e.seq !== 3))).toMatchObject({ ok: false, seq: 3, index: 2, kind: 'removed', error: { code: 'audit.removed' } });
    expect(verifyAuditChain(entries.slice(1))).toMatchObject({ ok: false, seq: 1, index: 0, kind: 'removed' });
  });

  it('names reordered entries', () => {
    const [a, b, c, d] = chain(4);
    const result = verifyAuditChain([a!, c!, b!, d!]);
    expect(result).toMatchObject({ ok: false, seq: 3, index: 1, kind: 'reordered', error: { code: 'audit.reordered' } });
    if (!result.ok) expect(result.error.en).toBe('Audit log entry 3 appears at position 2: the entries were reordered');
  });

  it('names an inserted entry that does not fit the chain', () => {
    const entries = chain(4);
    const forged = { ...entries[1]!, entityId: 'd-forged', hash: 'f'.repeat(64) };
    expect(verifyAuditChain([entries[0]!, entries[1]!, forged, ...entries.slice(2)])).toMatchObject({ ok: false, index: 2, seq: 2, kind: 'duplicate' });
    const renumbered = { ...draft(9), seq: 3, prevHash: entries[1]!.hash };
    const inserted = { ...renumbered, hash: auditHash(renumbered) };
    const shifted = entries.slice(2).map((e) => ({ ...e, seq: e.seq + 1 }));
    // The forged entry itself is well formed; the first real entry after it no longer is.
    expect(verifyAuditChain([entries[0]!, entries[1]!, inserted, ...shifted])).toMatchObject({ ok: false, index: 3, seq: 4, kind: 'edited' });
  });

  it('catches a well-formed insertion when the genuine entry it displaces follows', () => {
    const entries = chain(4);
    const fake = { ...draft(7), seq: 3, prevHash: entries[1]!.hash };
    const inserted = { ...fake, hash: auditHash(fake) };
    expect(verifyAuditChain([entries[0]!, entries[1]!, inserted, ...entries.slice(2)])).toMatchObject({ ok: false, index: 3, seq: 3, kind: 'duplicate' });
  });

  it('catches entries cut off the end only against a head recorded elsewhere', () => {
    const entries = chain(5);
    const head = { seq: 5, hash: entries[4]!.hash };
    expect(verifyAuditChain(entries.slice(0, 4)).ok).toBe(true);
    expect(verifyAuditChain(entries.slice(0, 4), { expectedHead: head })).toMatchObject({ ok: false, seq: 5, kind: 'truncated' });
    expect(verifyAuditChain(entries, { expectedHead: head }).ok).toBe(true);
  });

  it('verifies a slice that continues from a known head', () => {
    const entries = chain(6);
    const from = { seq: 3, hash: entries[2]!.hash };
    expect(verifyAuditChain(entries.slice(3), { from })).toMatchObject({ ok: true, count: 3 });
    expect(verifyAuditChain(entries.slice(3), { from: { seq: 3, hash: GENESIS_HASH } })).toMatchObject({ ok: false, seq: 4, kind: 'unlinked' });
  });

  it('rejects a nonsense sequence number', () => {
    const entries = chain(2);
    expect(verifyAuditChain(replace(entries, 0, { ...entries[0]!, seq: 0.5 }))).toMatchObject({ ok: false, index: 0, kind: 'bad-seq' });
  });
});

describe('bulkSummary', () => {
  const records = { enterprises: [{ id: 'e1', name: '甲公司' }, { id: 'e2', name: '乙公司' }], dossiers: [{ id: 'd1', enterpriseId: 'e1' }] };

  it('keeps the ids per table, the count and a hash of the records in canonical form', () => {
    const summary = bulkSummary(records);
    expect(summary).toMatchObject({ count: 3, ids: { enterprises: ['e1', 'e2'], dossiers: ['d1'] } });
    expect(summary.sha256).toBe(sha256Hex('{"dossiers":[{"enterpriseId":"e1","id":"d1"}],"enterprises":[{"id":"e1","name":"甲公司"},{"id":"e2","name":"乙公司"}]}'));
  });

  it('tells exactly the summarised records from edited, missing, extra or reordered ones', () => {
    const summary = bulkSummary(records);
    expect(matchesBulkSummary(summary, { dossiers: records.dossiers, enterprises: records.enterprises })).toBe(true);
    expect(matchesBulkSummary(summary, { ...records, enterprises: [records.enterprises[0]!, { id: 'e2', name: '丙公司' }] })).toBe(false);
    expect(matchesBulkSummary(summary, { ...records, enterprises: [records.enterprises[0]!] })).toBe(false);
    expect(matchesBulkSummary(summary, { ...records, dossiers: [...records.dossiers, { id: 'd2', enterpriseId: 'e2' }] })).toBe(false);
    expect(matchesBulkSummary(summary, { ...records, enterprises: [...records.enterprises].reverse() })).toBe(false);
  });

  it('is an ordinary link of the chain: the verifier still finds an edit to it', () => {
    const drafts: AuditDraft[] = [draft(1), { ...draft(2), action: 'batch.import', entity: 'batches', entityId: 'b1', before: null, after: bulkSummary(records) }, draft(3)];
    const entries = chainEntries(GENESIS_HEAD, drafts);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: true, count: 3 });
    const forged = { ...entries[1]!, after: { ...bulkSummary(records), count: 2 } };
    expect(verifyAuditChain(replace(entries, 1, forged))).toMatchObject({ ok: false, seq: 2, kind: 'edited' });
  });
});

describe('createBulkDigest', () => {
  const dossiers = [{ id: 'd1', enterpriseId: 'e1', reviewerIds: [] }, { id: 'd2', enterpriseId: 'e2', score: 93.5 }, { id: 'd3', enterpriseId: 'e3', note: '“引号”\n换行' }];
  const enterprises = [{ id: 'e1', name: '甲公司' }, { id: 'e2', name: '乙公司', contactName: undefined }, { id: 'e3', name: 'Ünïcode 😀' }];
  const expected = bulkSummary({ dossiers, enterprises });

  it('gives bulkSummary’s result for tables in canonical order, chunk by chunk', () => {
    const digest = createBulkDigest();
    digest.add('dossiers', dossiers.slice(0, 1));
    digest.add('dossiers', []);
    digest.add('dossiers', dossiers.slice(1));
    digest.add('enterprises', enterprises.slice(0, 2));
    digest.add('enterprises', enterprises.slice(2));
    expect(digest.summary()).toEqual(expected);
  });

  it('gives the same result when tables come out of order or interleaved', () => {
    const reversed = createBulkDigest();
    reversed.add('enterprises', enterprises);
    reversed.add('dossiers', dossiers);
    expect(reversed.summary()).toEqual(expected);
    const interleaved = createBulkDigest();
    interleaved.add('dossiers', dossiers.slice(0, 2));
    interleaved.add('enterprises', enterprises);
    interleaved.add('dossiers', dossiers.slice(2));
    expect(interleaved.summary()).toEqual(expected);
  });

  it('is empty until rows are added, and takes no rows once summarised', () => {
    const digest = createBulkDigest();
    expect(digest.isEmpty).toBe(true);
    expect(digest.summary()).toEqual(bulkSummary({}));
    expect(() => digest.add('dossiers', dossiers)).toThrow(/after summary/u);
  });
});

