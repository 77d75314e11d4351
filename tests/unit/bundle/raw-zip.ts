// A zip writer that lies on request: sizes, names, duplicates, flags. For hostile-input tests.
import { deflateSync } from 'fflate';

export type RawEntry = {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method?: 0 | 8 | 12;
  /** Override what the headers say. */
  readonly declaredSize?: number;
  readonly declaredCompressed?: number;
  /** General-purpose flags; 8 = sizes in a data descriptor. */
  readonly flags?: number;
};

const u16 = (n: number): number[] => [n & 255, (n >>> 8) & 255];
const u32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const add = (part: Uint8Array): void => {
    parts.push(part);
    offset += part.length;
  };
  for (const e of entries) {
    const method = e.method ?? 0;
    const body = method === 8 ? deflateSync(e.data) : e.data;
    const name = new TextEncoder().encode(e.name);
    const at = offset;
    const flags = (e.flags ?? 0) | 0x800;
    const header = [...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0)];
    const sizes = [...u32(e.declaredCompressed ?? body.length), ...u32(e.declaredSize ?? e.data.length)];
    add(new Uint8Array([...u32(0x04034b50), ...header, ...sizes, ...u16(name.length), ...u16(0), ...name]));
    add(body);
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...header, ...sizes, ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(at), ...name]));
  }
  const cdOffset = offset;
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  for (const c of central) add(c);
  add(new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(cdSize), ...u32(cdOffset), ...u16(0)]));
  const out = new Uint8Array(offset);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
