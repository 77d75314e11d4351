// Finds signature dictionaries in raw PDF bytes. A signature's /Contents must be stored as a plain
// (uncompressed) string — the byte range skips exactly those bytes — so scanning the file for
// /ByteRange finds every signature in any conforming PDF, whoever made it.
import { fromHex, latin1 } from '../sign/bytes';

export type FoundSignature = {
  readonly byteRange: readonly [number, number, number, number];
  /** Bytes of the hex string between the range gap's angle brackets, zero padding included. */
  readonly contents: Uint8Array;
  readonly subFilter?: string;
  readonly name?: string;
  readonly reason?: string;
  readonly location?: string;
  /** The /M entry, e.g. "D:20150713090000Z". */
  readonly claimedTime?: string;
  /** What is wrong with the dictionary itself, if anything. */
  readonly problem?: 'range' | 'contents';
};

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

function decodeUtf16be(bytes: Uint8Array): string {
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return out;
}

function decodeLiteral(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? String.fromCharCode(Number.parseInt(e, 8));
  });
}

/** A text string entry (hex or literal; UTF-16BE when it starts with the BOM). */
function textEntry(dict: string, key: string): string | undefined {
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dict);
  const literal = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dict);
  let bytes: Uint8Array | null = null;
  if (hex?.[1] !== undefined) bytes = fromHex(hex[1].replace(/\s+/g, ''));
  else if (literal?.[1] !== undefined) bytes = Uint8Array.from(decodeLiteral(literal[1]), (c) => c.charCodeAt(0) & 0xff);
  if (!bytes) return undefined;
  return bytes[0] === 0xfe && bytes[1] === 0xff ? decodeUtf16be(bytes) : String.fromCharCode(...bytes);
}

export function findSignatures(pdf: Uint8Array): FoundSignature[] {
  const text = latin1(pdf);
  const out: FoundSignature[] = [];
  for (const m of text.matchAll(BYTE_RANGE)) {
    const byteRange = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as const;
    const [a, b, c, d] = byteRange;
    // the dictionary around this /ByteRange: from its object header to "endobj"
    const start = Math.max(text.lastIndexOf(' obj', m.index), 0);
    const endAt = text.indexOf('endobj', m.index);
    const end = endAt < 0 ? text.length : endAt;
    const dict = text.slice(start, Math.min(end, b > start && b < end ? b : end));
    const tail = c < end && c > m.index ? text.slice(c, end) : '';
    const meta = `${dict}${tail}`;
    const base = {
      byteRange,
      subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(meta)?.[1],
      name: textEntry(meta, 'Name'),
      reason: textEntry(meta, 'Reason'),
      location: textEntry(meta, 'Location'),
      claimedTime: textEntry(meta, 'M'),
    };
    const isRangeSane = a === 0 && b > 0 && c > b && c + d <= pdf.length && c <= pdf.length;
    if (!isRangeSane) { out.push({ ...base, contents: new Uint8Array(0), problem: 'range' }); continue; }
    const gap = text.slice(b, c);
    const hex = /^<([0-9A-Fa-f]*)>$/.exec(gap);
    if (!hex?.[1]) { out.push({ ...base, contents: new Uint8Array(0), problem: 'contents' }); continue; }
    out.push({ ...base, contents: fromHex(hex[1]) });
  }
  return out;
}
