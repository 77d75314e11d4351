// cmap: Unicode code point → glyph id. Formats 12 (full Unicode) and 4 (BMP), Windows/Unicode platforms.
import { table, type Sfnt } from './sfnt';

export type CharToGlyph = (codePoint: number) => number;

function format12(v: DataView, at: number): CharToGlyph {
  const groups = v.getUint32(at + 12);
  const starts = new Uint32Array(groups);
  const ends = new Uint32Array(groups);
  const glyphs = new Uint32Array(groups);
  for (let i = 0; i < groups; i++) {
    const p = at + 16 + i * 12;
    starts[i] = v.getUint32(p);
    ends[i] = v.getUint32(p + 4);
    glyphs[i] = v.getUint32(p + 8);
  }
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < (starts[mid] ?? 0)) hi = mid - 1;
      else if (cp > (ends[mid] ?? 0)) lo = mid + 1;
      else return (glyphs[mid] ?? 0) + cp - (starts[mid] ?? 0);
    }
    return 0;
  };
}

function format4(v: DataView, at: number): CharToGlyph {
  const segCount = v.getUint16(at + 6) / 2;
  const endsAt = at + 14;
  const startsAt = endsAt + segCount * 2 + 2;
  const deltasAt = startsAt + segCount * 2;
  const rangesAt = deltasAt + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (cp > v.getUint16(endsAt + i * 2)) continue;
      const start = v.getUint16(startsAt + i * 2);
      if (cp < start) return 0;
      const delta = v.getInt16(deltasAt + i * 2);
      const rangeOffset = v.getUint16(rangesAt + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = v.getUint16(rangesAt + i * 2 + rangeOffset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

export function readCmap(font: Sfnt): CharToGlyph {
  const t = table(font, 'cmap');
  const v = font.view;
  const count = v.getUint16(t.offset + 2);
  let best: { score: number; at: number; format: number } | null = null;
  for (let i = 0; i < count; i++) {
    const p = t.offset + 4 + i * 8;
    const platform = v.getUint16(p);
    const encoding = v.getUint16(p + 2);
    const at = t.offset + v.getUint32(p + 4);
    const format = v.getUint16(at);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode || (format !== 4 && format !== 12)) continue;
    const score = format === 12 ? 2 : 1;
    if (!best || score > best.score) best = { score, at, format };
  }
  if (!best) return () => 0;
  return best.format === 12 ? format12(v, best.at) : format4(v, best.at);
}
