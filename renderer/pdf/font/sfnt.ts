// Minimal reader for TrueType (sfnt) font files: the table directory and big-endian fields.
// Enough to check coverage, measure text and draw a few outlines without a font library.
import { userError, XinpingError } from '../../../shared/errors';

export type SfntTable = { readonly tag: string; readonly checksum: number; readonly offset: number; readonly length: number };

export type Sfnt = {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly tables: ReadonlyMap<string, SfntTable>;
};

const TRUETYPE = 0x00010000;

function bad(detail: string): XinpingError {
  return new XinpingError(userError('font.invalid', `字体文件无法读取：${detail}`, `the font file cannot be read: ${detail}`, { field: 'font' }));
}

export function readSfnt(bytes: Uint8Array): Sfnt {
  if (bytes.byteLength < 12) throw bad('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== TRUETYPE && version !== 0x74727565) throw bad('not a TrueType font (TTF)');
  const count = view.getUint16(4);
  if (12 + count * 16 > bytes.byteLength) throw bad('truncated table directory');
  const tables = new Map<string, SfntTable>();
  for (let i = 0; i < count; i++) {
    const p = 12 + i * 16;
    const tag = String.fromCharCode(bytes[p] ?? 0, bytes[p + 1] ?? 0, bytes[p + 2] ?? 0, bytes[p + 3] ?? 0);
    const table = { tag, checksum: view.getUint32(p + 4), offset: view.getUint32(p + 8), length: view.getUint32(p + 12) };
    if (table.offset + table.length > bytes.byteLength) throw bad(`table ${tag} lies outside the file`);
    tables.set(tag, table);
  }
  return { bytes, view, tables };
}

export function table(font: Sfnt, tag: string): SfntTable {
  const t = font.tables.get(tag);
  if (!t) throw bad(`missing ${tag} table`);
  return t;
}
