// Before anything is drawn, every character is looked up in the font's cmap. A character the
// font lacks would print as an empty box; instead the user gets an error naming the character
// (and its code point) and the field it came from, e.g. results[0].rows[3].name.
import { userError, type UserError } from '../../../shared/errors';
import type { TextSource } from '../../../shared/documents/text-sources';
import type { FontFace } from './font-face';

// Line breaks and tabs are layout, not glyphs.
const IGNORED = new Set([0x0a, 0x0d, 0x09]);

export function missingGlyphErrors(sources: readonly TextSource[], faces: readonly FontFace[], limit = 20): UserError[] {
  // 0 = not looked up, 1 = every face has it, 2 = missing somewhere (BMP); astral code points use the map
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  const isCovered = (cp: number): boolean => {
    if (cp <= 0xffff) {
      if (bmp[cp] === 0) bmp[cp] = faces.every((f) => f.hasChar(cp)) ? 1 : 2;
      return bmp[cp] === 1;
    }
    let known = astral.get(cp);
    if (known === undefined) { known = faces.every((f) => f.hasChar(cp)); astral.set(cp, known); }
    return known;
  };
  const errors: UserError[] = [];
  for (const source of sources) {
    const missing: string[] = [];
    const text = source.text;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) ?? 0;
      if (cp > 0xffff) i += 1;
      if (IGNORED.has(cp) || isCovered(cp)) continue;
      const ch = String.fromCodePoint(cp);
      if (!missing.includes(ch)) missing.push(ch);
    }
    if (missing.length === 0) continue;
    const list = missing.map((ch) => `“${ch}”(U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join('、');
    errors.push(userError(
      'pdf.missing_glyph',
      `字体中没有字符 ${list}，位于 ${source.path}：“${source.text}”。请改用规范汉字或更换字体。`,
      `the font has no glyph for ${list.replace(/、/g, ', ')} in ${source.path}: "${source.text}". Use a standard character or another font.`,
      { field: source.field, path: source.path, ...(source.row === undefined ? {} : { row: source.row }) },
    ));
    if (errors.length >= limit) break;
  }
  return errors;
}
