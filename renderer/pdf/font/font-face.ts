// A parsed font: coverage, advance widths and line metrics computed exactly as pdfkit/fontkit
// compute them (hhea ascent/descent, hmtx advances), so our own pagination matches pdfmake's.
import { readCmap, type CharToGlyph } from './cmap';
import { glyphPath, type Transform } from './glyph-path';
import { readSfnt, table, type Sfnt } from './sfnt';

export type FontFace = {
  readonly sfnt: Sfnt;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  glyphId(codePoint: number): number;
  hasChar(codePoint: number): boolean;
  /** Advance width of `text` at `size` points (no kerning, as with the layout tables removed). */
  widthOf(text: string, size: number): number;
  /** pdfkit's font.lineHeight(size): (ascent − descent) / unitsPerEm × size. */
  lineHeight(size: number): number;
  /** Advance width in font units. */
  advanceOf(codePoint: number): number;
  outline(codePoint: number, transform?: Transform): string;
};

function advances(font: Sfnt): (gid: number) => number {
  const hhea = table(font, 'hhea');
  const hmtx = table(font, 'hmtx');
  const count = font.view.getUint16(hhea.offset + 34);
  const last = font.view.getUint16(hmtx.offset + (count - 1) * 4);
  return (gid) => (gid < count ? font.view.getUint16(hmtx.offset + gid * 4) : last);
}

const faces = new WeakMap<Uint8Array, FontFace>();

export function fontFace(bytes: Uint8Array): FontFace {
  const cached = faces.get(bytes);
  if (cached) return cached;
  const sfnt = readSfnt(bytes);
  const cmap: CharToGlyph = readCmap(sfnt);
  const advance = advances(sfnt);
  const unitsPerEm = sfnt.view.getUint16(table(sfnt, 'head').offset + 18);
  const hhea = table(sfnt, 'hhea').offset;
  const ascent = sfnt.view.getInt16(hhea + 4);
  const descent = sfnt.view.getInt16(hhea + 6);
  // advance widths by code point for the BMP (NaN = not looked up yet); astral planes go to the cmap each time
  const bmpWidths = new Float64Array(0x10000).fill(Number.NaN);
  const advanceOfCp = (cp: number): number => {
    if (cp > 0xffff) return advance(cmap(cp));
    let w = bmpWidths[cp] ?? Number.NaN;
    if (Number.isNaN(w)) {
      w = advance(cmap(cp));
      bmpWidths[cp] = w;
    }
    return w;
  };
  const face: FontFace = {
    sfnt,
    unitsPerEm,
    ascent,
    descent,
    glyphId: cmap,
    hasChar: (cp) => cmap(cp) !== 0,
    widthOf(text, size) {
      let units = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i) ?? 0;
        if (cp > 0xffff) i += 1;
        units += advanceOfCp(cp);
      }
      return (units * size) / unitsPerEm;
    },
    lineHeight: (size) => ((ascent - descent) / unitsPerEm) * size,
    advanceOf: (cp) => advance(cmap(cp)),
    outline: (cp, transform) => glyphPath(sfnt, cmap(cp), transform),
  };
  faces.set(bytes, face);
  return face;
}
