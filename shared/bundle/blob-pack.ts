// Blob packs: many small blobs in one request, so a thousand PDFs are not a thousand round trips
// (docs/hub.md). Body: for each blob, the ASCII line "<sha256> <size>\n" then exactly <size>
// bytes. The hub checks and stores each blob as soon as it is complete, so a pack cut off midway
// keeps what arrived. Written by the workstation, read by the hub.
import { strFromU8, strToU8 } from 'fflate';
export const PACK_MAX_BLOB = 1024 * 1024;
export const PACK_MAX_BYTES = 64 * 1024 * 1024;
/** What the workstation puts in one pack. */
export const PACK_TARGET_BYTES = 2 * 1024 * 1024;

export type PackBlob = { readonly sha256: string; readonly bytes: Uint8Array };

export type PackProblem = { readonly at: number; readonly reason: string };

const HEADER = /^([0-9a-f]{64}) (\d{1,10})$/;
const NEWLINE = 0x0a;
const MAX_HEADER = 80;

/** Chunks received but not yet consumed; bytes are copied once, when a blob is complete. */
type Pending = { parts: Uint8Array[]; length: number };

function takeBytes(p: Pending, n: number): Uint8Array {
  const first = p.parts[0];
  if (first && first.length >= n) {
    p.parts[0] = first.subarray(n);
    if (p.parts[0].length === 0) p.parts.shift();
    p.length -= n;
    return first.subarray(0, n);
  }
  const out = new Uint8Array(n);
  let at = 0;
  while (at < n) {
    const part = p.parts[0];
    if (!part) break;
    const used = Math.min(part.length, n - at);
    out.set(part.subarray(0, used), at);
    at += used;
    if (used === part.length) p.parts.shift();
    else p.parts[0] = part.subarray(used);
  }
  p.length -= n;
  return out;
}

function newlineAt(p: Pending): number {
  let offset = 0;
  for (const part of p.parts) {
    const at = part.indexOf(NEWLINE);
    if (at >= 0) return offset + at;
    offset += part.length;
    if (offset > MAX_HEADER) return -1;
  }
  return -1;
}

/** Yields each complete blob of a pack; throws PackFormatError on a malformed header or a cut-off body. */
export async function* readPack(body: AsyncIterable<Uint8Array>, maxBlob: number = PACK_MAX_BLOB): AsyncGenerator<PackBlob> {
  const pending: Pending = { parts: [], length: 0 };
  let need: { sha256: string; size: number } | undefined;
  let index = 0;
  for await (const chunk of body) {
    pending.parts.push(chunk);
    pending.length += chunk.length;
    for (;;) {
      if (!need) {
        const end = newlineAt(pending);
        if (end < 0) {
          if (pending.length > MAX_HEADER) throw new PackFormatError(index, 'header line too long');
          break;
        }
        const match = HEADER.exec(strFromU8(takeBytes(pending, end + 1).subarray(0, end)));
        if (!match?.[1] || !match[2]) throw new PackFormatError(index, 'bad header line');
        const size = Number(match[2]);
        if (size > maxBlob) throw new PackFormatError(index, `blob larger than ${maxBlob} bytes`);
        need = { sha256: match[1], size };
      }
      if (pending.length < need.size) break;
      yield { sha256: need.sha256, bytes: takeBytes(pending, need.size) };
      need = undefined;
      index += 1;
    }
  }
  if (need || pending.length > 0) throw new PackFormatError(index, 'the pack ends in the middle of a blob');
}

export class PackFormatError extends Error {
  readonly index: number;
  constructor(index: number, reason: string) {
    super(`blob pack entry ${index + 1}: ${reason}`);
    this.name = 'PackFormatError';
    this.index = index;
  }
}

/** The request body for a pack (the workstation side builds the same bytes). */
export function packBody(blobs: readonly PackBlob[]): Uint8Array<ArrayBuffer> {
  const headers = blobs.map((b) => strToU8(`${b.sha256} ${b.bytes.length}\n`));
  const out = new Uint8Array(headers.reduce((n, h, i) => n + h.length + (blobs[i]?.bytes.length ?? 0), 0));
  let at = 0;
  blobs.forEach((b, i) => {
    const h = headers[i] ?? new Uint8Array();
    out.set(h, at);
    out.set(b.bytes, at + h.length);
    at += h.length + b.bytes.length;
  });
  return out;
}
