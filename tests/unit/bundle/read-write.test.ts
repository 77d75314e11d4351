import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../shared/canonical';
import { readBundle } from '../../../shared/bundle/read';
import { manifestText, type Manifest } from '../../../shared/bundle/manifest';
import { certificateSenderKey, webCryptoSigner } from '../../../shared/bundle/signature';
import { createCertificateAuthority } from '../../../renderer/pdf/sign/dev-ca';
import { attachmentFile, BATCH_ID, draft, newSigner, REVIEWER, sampleBundle, sampleRecords, sheetRecord } from './fixtures';

/** Unpacks a bundle, lets the test change it, packs it again (stored, so sizes stay honest). */
function repack(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  const z: Zippable = {};
  for (const [name, data] of Object.entries(entries)) z[name] = [data, { level: 0 }];
  return zipSync(z);
}

/** Rewrites the manifest without re-signing it. */
function editManifest(bytes: Uint8Array, edit: (m: Manifest) => Manifest): Uint8Array {
  return repack(bytes, (e) => {
    const m = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as Manifest;
    e['manifest.json'] = strToU8(manifestText(edit(m)));
  });
}

async function codes(bytes: Uint8Array): Promise<string[]> {
  const read = await readBundle(bytes, { file: 'test.xpb' });
  return read.ok ? [] : read.error.map((e) => e.code);
}

describe('bundle round trip', () => {
  it('reads back exactly what was written, with the signer fingerprint and manifest hash', async () => {
    const written = await sampleBundle();
    const read = await readBundle(written.bytes);
    if (!read.ok) throw new Error(read.error.map((e) => e.en).join('; '));
    expect(read.value.records).toEqual(sampleRecords());
    expect(read.value.manifestHash).toBe(written.manifestHash);
    expect(read.value.manifestHash).toBe(sha256Hex(written.manifestText));
    expect(read.value.signer.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(read.value.files.get(sha256Hex(attachmentFile))).toEqual(attachmentFile);
    expect(read.value.manifest.entries.map((e) => e.name)).toContain('records/score-sheets.json');
  });

  it('writes the same record tables to the same bytes (the hub stores them once)', async () => {
    const signer = await newSigner();
    const a = await sampleBundle({ bundleId: 'bundle-aaaa' }, signer);
    const b = await sampleBundle({ bundleId: 'bundle-bbbb', createdAt: '2015-07-13T08:00:00.000Z' }, signer);
    const hashes = (m: Manifest): string[] => m.entries.map((e) => e.sha256);
    expect(hashes(a.manifest)).toEqual(hashes(b.manifest));
    expect(a.manifestHash).not.toBe(b.manifestHash);
  });

  it('verifies a manifest signed with a certificate from the PDF signer’s CA tooling', async () => {
    const ca = await createCertificateAuthority({ commonName: '中国质量检验协会 测试', country: 'CN' });
    const signer = webCryptoSigner(ca.privateKey, certificateSenderKey(ca.certificate));
    const read = await readBundle((await sampleBundle({}, signer)).bytes);
    expect(read.ok).toBe(true);
  });

  it('lets the caller refuse a signer it does not trust', async () => {
    const written = await sampleBundle();
    const read = await readBundle(written.bytes, { isTrusted: () => false });
    expect(read.ok ? [] : read.error.map((e) => e.code)).toEqual(['bundle.untrusted_signer']);
  });
});

describe('bundle tampering', () => {
  it('refuses an entry whose bytes changed, naming it', async () => {
    const { bytes } = await sampleBundle();
    const tampered = repack(bytes, (e) => {
      const sheets = JSON.parse(new TextDecoder().decode(e['records/score-sheets.json'])) as unknown[];
      e['records/score-sheets.json'] = strToU8(canonicalJson([{ ...(sheets[0] as object), reviewerId: '李四' }]));
    });
    const read = await readBundle(tampered, { file: 'test.xpb' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error[0]?.code).toBe('bundle.hash_mismatch');
    expect(read.error[0]?.zh).toContain('records/score-sheets.json');
    expect(read.error[0]?.at).toMatchObject({ file: 'test.xpb', field: 'records/score-sheets.json' });
  });

  it('refuses same-size edits by their hash', async () => {
    const { bytes } = await sampleBundle();
    const tampered = repack(bytes, (e) => {
      const name = Object.keys(e).find((n) => n.startsWith('files/')) ?? '';
      const copy = Uint8Array.from(e[name] ?? []);
      copy[100] = (copy[100] ?? 0) ^ 1;
      e[name] = copy;
    });
    expect(await codes(tampered)).toEqual(['bundle.hash_mismatch']);
  });

  it('refuses a manifest edited after signing', async () => {
    const { bytes } = await sampleBundle();
    expect(await codes(editManifest(bytes, (m) => ({ ...m, sender: { ...m.sender, name: '冒名者' } })))).toEqual(['bundle.bad_signature']);
  });

  it('refuses an extra entry that the manifest does not list', async () => {
    const { bytes } = await sampleBundle();
    expect(await codes(repack(bytes, (e) => (e['records/extra.json'] = strToU8('[]'))))).toEqual(['bundle.not_in_manifest']);
  });

  it('refuses a bundle missing a listed entry, or its manifest or signature', async () => {
    const { bytes } = await sampleBundle();
    expect(await codes(repack(bytes, (e) => delete e['records/dossiers.json']))).toEqual(['bundle.missing_entry']);
    expect(await codes(repack(bytes, (e) => delete e['manifest.json']))).toEqual(['bundle.missing_entry']);
    expect(await codes(repack(bytes, (e) => delete e['signature.json']))).toEqual(['bundle.missing_entry']);
  });

  it('refuses an unknown format version before anything else, and a non-canonical manifest', async () => {
    const { bytes } = await sampleBundle();
    const future = repack(bytes, (e) => {
      const m = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as Record<string, unknown>;
      e['manifest.json'] = strToU8(JSON.stringify({ ...m, formatVersion: 3 }));
    });
    const read = await readBundle(future);
    expect(read.ok ? '' : read.error[0]?.code).toBe('bundle.version');
    expect(read.ok ? '' : read.error[0]?.zh).toContain('版本 3');
    const spaced = repack(bytes, (e) => {
      e['manifest.json'] = strToU8(JSON.stringify(JSON.parse(new TextDecoder().decode(e['manifest.json'])), null, 2));
    });
    expect(await codes(spaced)).toEqual(['bundle.not_canonical']);
  });

  it('refuses a signature that is not 64 bytes of base64', async () => {
    const { bytes } = await sampleBundle();
    expect(await codes(repack(bytes, (e) => (e['signature.json'] = strToU8('{"algorithm":"ES256","value":"AAAA"}'))))).toEqual(['bundle.signature_invalid']);
  });

  it('refuses records that break the schema, naming the entry and the field', async () => {
    const bad = { ...sampleRecords(), scoreSheets: [{ ...sheetRecord('s1', 'd1'), status: 'finished' as 'draft' }] };
    const read = await readBundle((await sampleBundle({ records: bad })).bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error[0]?.code).toBe('bundle.records_invalid');
    expect(read.error[0]?.en).toContain('records/score-sheets.json');
    expect(read.error[0]?.en).toContain('[0].status');
  });

  it('refuses a reviewer bundle carrying someone else’s sheet', async () => {
    const records = { ...sampleRecords(), scoreSheets: [sheetRecord('s1', 'd1'), sheetRecord('s2', 'd2', '李四')] };
    const read = await readBundle((await sampleBundle({ kind: 'reviewer', records, sender: { name: REVIEWER, role: 'reviewer', reviewerId: REVIEWER } })).bytes);
    expect(read.ok ? '' : read.error[0]?.code).toBe('bundle.inconsistent');
    expect(read.ok ? '' : read.error[0]?.zh).toContain('张三');
  });

  it('refuses records from another batch and files nobody refers to', async () => {
    const records = { ...sampleRecords(), objections: [{ ...sampleRecords().objections[0]!, batchId: 'other' }] };
    expect(await codes((await sampleBundle({ records })).bytes)).toEqual(['bundle.inconsistent']);
    const extraFile = (await sampleBundle({ files: [...draft().files, new Uint8Array([1, 2, 3])] })).bytes;
    expect(await codes(extraFile)).toEqual(['bundle.inconsistent']);
    expect(BATCH_ID).toBe('b-2015-3');
  });
});
