import { describe, expect, it } from 'vitest';
import { packBody, readPack, type PackBlob } from '../../../shared/bundle/blob-pack';
import { sha256Hex } from '../../../shared/canonical';
import { pdfBytes } from './fixtures';

function blob(seed: number, size: number): PackBlob {
  const bytes = pdfBytes(seed, size);
  return { sha256: sha256Hex(bytes), bytes };
}

async function* slices(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function all(body: AsyncIterable<Uint8Array>): Promise<PackBlob[]> {
  const out: PackBlob[] = [];
  for await (const b of readPack(body, 1 << 20)) out.push(b);
  return out;
}

describe('blob packs', () => {
  it.each([1, 7, 100, 4096, 1 << 20])('reads back every blob whatever the chunk size (%i)', async (chunk) => {
    const blobs = [blob(1, 3000), blob(2, 0), blob(3, 70_000), blob(4, 1)];
    const read = await all(slices(packBody(blobs), chunk));
    expect(read.map((b) => [b.sha256, [...b.bytes]])).toEqual(blobs.map((b) => [b.sha256, [...b.bytes]]));
  });

  it('keeps the blobs before a cut and refuses the one cut in half', async () => {
    const blobs = [blob(1, 3000), blob(2, 5000)];
    const body = packBody(blobs);
    const seen: string[] = [];
    const reading = (async (): Promise<void> => {
      for await (const b of readPack(slices(body.subarray(0, body.length - 10), 512), 1 << 20)) seen.push(b.sha256);
    })();
    await expect(reading).rejects.toThrow('middle of a blob');
    expect(seen).toEqual([blobs[0]?.sha256]);
  });

  it.each([
    ['a header that is not a SHA-256', 'xyz 3\nabc'],
    ['a size beyond the limit', `${'a'.repeat(64)} 99999999\n`],
    ['a header line with no end', 'a'.repeat(200)],
  ])('refuses %s', async (_, text) => {
    await expect(all(slices(new TextEncoder().encode(text), 16))).rejects.toThrow(/blob pack entry 1/);
  });
});
