// The zip's structure, checked before anything is inflated (APPNOTE.TXT 6.3: §4.3.7 local
// header, §4.3.12 central directory, §4.3.16 end record). Every byte must belong to exactly one
// entry, the central directory and local headers must agree, sizes must be declared up front
// (no data descriptors), and nothing may be encrypted or zip64. This closes the tricks where
// two zip readers see different files in the same bytes.
import { strFromU8 } from 'fflate';
import { err, ok, type Result, type UserError } from '../errors';
import { errors, type Where } from './bundle-errors';
import type { ReadLimits } from './format';

export type LayoutEntry = {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's (compressed) data starts in the zip. */
  readonly dataStart: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 65536) >>> 0;

function findEnd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) === bytes.length) return at;
  }
  return -1;
}

type Central = Omit<LayoutEntry, 'dataStart'> & { readonly flags: number; readonly offset: number };

function readCentral(bytes: Uint8Array, at: number): { entry: Central; next: number } | undefined {
  if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return undefined;
  const nameLength = u16(bytes, at + 28);
  const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  if (next > bytes.length) return undefined;
  const flags = u16(bytes, at + 8);
  const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(flags & FLAG_UTF8));
  return { entry: { name, flags, method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), size: u32(bytes, at + 24), offset: u32(bytes, at + 42) }, next };
}

function checkLocal(bytes: Uint8Array, c: Central, expectedEnd: number, where: Where): UserError | number {
  const w = { ...where, entry: c.name };
  const at = c.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return errors.corrupt(w, 'local header not where the central directory says / 本地文件头位置与中央目录不符');
  const flags = u16(bytes, at + 6);
  if (flags & FLAG_ENCRYPTED) return errors.corrupt(w, 'encrypted entry / 条目已加密');
  if (flags & FLAG_DESCRIPTOR || c.flags & FLAG_DESCRIPTOR) return errors.sizesUndeclared(w);
  const nameLength = u16(bytes, at + 26);
  const name = strFromU8(bytes.subarray(at + 30, at + 30 + nameLength), !(flags & FLAG_UTF8));
  if (name !== c.name) return errors.corrupt(w, `local header names "${name}" / 本地文件头名称不同`);
  if (u16(bytes, at + 8) !== c.method) return errors.corrupt(w, 'compression differs between headers / 两处压缩方式不同');
  if (u32(bytes, at + 18) !== c.compressedSize || u32(bytes, at + 22) !== c.size) {
    return errors.sizeMismatch(c.size, `${u32(bytes, at + 22)} (local header / 本地文件头)`, w);
  }
  const dataStart = at + 30 + nameLength + u16(bytes, at + 28);
  if (dataStart + c.compressedSize !== expectedEnd) return errors.corrupt(w, 'entry data does not end where the next one starts / 条目数据与下一条目之间有空隙或重叠');
  return dataStart;
}

/** The entries in file order, or why the zip's structure cannot be trusted. */
export function zipLayout(bytes: Uint8Array, limits: ReadLimits, where: Where): Result<LayoutEntry[]> {
  const end = findEnd(bytes);
  if (end < 0) return err(errors.notZip(where));
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count) return err(errors.corrupt(where, 'multi-disk zip / 分卷压缩包'));
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) return err(errors.corrupt(where, 'zip64 is not accepted / 不接受 zip64'));
  if (count > limits.maxEntries) return err(errors.tooManyEntries(limits.maxEntries, where));
  if (cdOffset + cdSize !== end) return err(errors.corrupt(where, 'central directory size or offset is wrong / 中央目录位置不符'));
  const central: Central[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    const read = readCentral(bytes, at);
    if (!read || read.next > end) return err(errors.corrupt(where, `central directory entry ${i + 1} is damaged / 中央目录第 ${i + 1} 项损坏`));
    central.push(read.entry);
    at = read.next;
  }
  if (at !== end) return err(errors.corrupt(where, 'bytes left in the central directory / 中央目录有多余数据'));
  if (count === 0) return err(errors.empty(where));
  const entries: LayoutEntry[] = [];
  for (const [i, c] of central.entries()) {
    if (i === 0 && c.offset !== 0) return err(errors.corrupt({ ...where, entry: c.name }, 'data before the first entry / 首个条目之前有多余数据'));
    const dataStart = checkLocal(bytes, c, central[i + 1]?.offset ?? cdOffset, where);
    if (typeof dataStart !== 'number') return err(dataStart);
    entries.push({ name: c.name, method: c.method, compressedSize: c.compressedSize, size: c.size, dataStart });
  }
  return ok(entries);
}
