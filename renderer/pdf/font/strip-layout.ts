// Drops the OpenType layout tables (GSUB, GPOS, GDEF, BASE) from a TrueType font. Horizontal
// simplified-Chinese text uses no ligatures or contextual forms, and the subset pdfkit embeds
// never carries these tables anyway; without them fontkit skips its per-string shaping pass,
// which is most of pdfmake's text-measuring time for tables with thousands of unique names.
import { readSfnt } from './sfnt';

const DROPPED: ReadonlySet<string> = new Set(['GSUB', 'GPOS', 'GDEF', 'BASE']);

export function stripLayoutTables(bytes: Uint8Array): Uint8Array {
  const font = readSfnt(bytes);
  const kept = [...font.tables.values()].filter((t) => !DROPPED.has(t.tag));
  if (kept.length === font.tables.size) return bytes;
  const pad = (len: number): number => (len + 3) & ~3;
  const size = 12 + kept.length * 16 + kept.reduce((s, t) => s + pad(t.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(bytes.subarray(0, 4));
  view.setUint16(4, kept.length);
  const log2 = Math.floor(Math.log2(kept.length));
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, kept.length * 16 - 16 * 2 ** log2);
  let at = 12 + kept.length * 16;
  kept.forEach((t, i) => {
    const p = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[p + k] = t.tag.charCodeAt(k);
    view.setUint32(p + 4, t.checksum);
    view.setUint32(p + 8, at);
    view.setUint32(p + 12, t.length);
    out.set(bytes.subarray(t.offset, t.offset + t.length), at);
    at += pad(t.length);
  });
  return out;
}
