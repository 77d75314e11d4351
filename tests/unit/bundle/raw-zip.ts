// A zip writer that lies on request: sizes, names, duplicates, flags. For hostile-input tests.
import { deflateSync } from 'fflate';

export type RawEntry = {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method?: 0 | 8 | 12;
  /** Override what the local header says. */
  readonly declaredSize?: number;
  readonly declaredCompressed?: number;
  /** General-purpose flags; 8 = sizes in a data descriptor. */
  readonly flags?: number;
};

function u16(n: number): number[] {
  return [n & 255, (n >>> 8) & 255];
}
function u32(n: number): number[] {
  return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const method = e.method ?? 0;
    const body = method === 8 ? deflateSync(e.data) : e.data;
    const name = new TextEncoder().encode(e.name);
    const offset = parts.length;
    const flags = (e.flags ?? 0) | 0x800;
    const header = [...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0)];
    const sizes = [...u32(e.declaredCompressed ?? body.length), ...u32(e.declaredSize ?? e.data.length)];
    parts.push(...u32(0x04034b50), ...header, ...sizes, ...u16(name.length), ...u16(0), ...name);
    for (const b of body) parts.push(b);
    central.push(...u32(0x02014b50), ...u16(20), ...header, ...sizes, ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const cdOffset = parts.length;
  parts.push(...central);
  parts.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(cdOffset), ...u16(0));
  return new Uint8Array(parts);
}
