// Unpacks a zip without trusting it. The structure is checked first (zip-layout.ts: every byte
// accounted for, both headers agreeing, sizes declared up front); then each entry is refused on
// its name and declared sizes alone (unsafe name, duplicate, too big, total too big, ratio), and
// only then inflated — with fflate's streaming Inflate fed small slices and the output counted as
// it appears, so a bomb is stopped after one slice's worth (deflate inflates ≤ ~1032:1) instead
// of after it has filled memory. Stored entries are views on the input, never copied.
import { Inflate } from 'fflate';
import { err, ok, type Result, type UserError } from '../errors';
import { errors, type Where } from './bundle-errors';
import { entryNameProblem } from './entry-name';
import type { ReadLimits } from './format';
import { zipLayout, type LayoutEntry } from './zip-layout';

// Small enough that one slice of a bomb inflates to a few MiB at most.
const SLICE = 4 * 1024;
const STORED = 0;
const DEFLATE = 8;

/** Why this entry must not even be started, from its name and declared sizes alone. */
function refuse(e: LayoutEntry, seen: { has(name: string): boolean }, total: number, limits: ReadLimits, w: Where & { entry: string }): UserError | undefined {
  const problem = entryNameProblem(e.name);
  if (problem) return errors.unsafeName(e.name, problem.zh, problem.en, w);
  if (seen.has(e.name)) return errors.duplicate(w);
  if (e.method !== STORED && e.method !== DEFLATE) return errors.compression(e.method, w);
  if (e.size > limits.maxEntryBytes) return errors.entryTooBig(e.size, limits.maxEntryBytes, w);
  if (total + e.size > limits.maxTotalBytes) return errors.totalTooBig(limits.maxTotalBytes, w);
  if (e.method === STORED && e.compressedSize !== e.size) return errors.sizeMismatch(e.size, String(e.compressedSize), w);
  const ratio = e.size / Math.max(e.compressedSize, 1);
  if (e.size > limits.ratioFloorBytes && ratio > limits.maxRatio) return errors.ratio(ratio, limits.maxRatio, w);
  return undefined;
}

/** Inflates with a running count; stops at the first slice that goes past the declared size. */
function inflate(raw: Uint8Array, declared: number, w: Where & { entry: string }): Result<Uint8Array> {
  const out = new Uint8Array(declared);
  let got = 0;
  let isOver = false;
  let isDone = false;
  const stream = new Inflate((chunk, isFinal) => {
    if (isOver) return;
    if (got + chunk.length > declared) {
      isOver = true;
      return;
    }
    out.set(chunk, got);
    got += chunk.length;
    if (isFinal) isDone = true;
  });
  try {
    for (let at = 0; at < raw.length && !isOver; at += SLICE) stream.push(raw.subarray(at, at + SLICE), at + SLICE >= raw.length);
  } catch (cause) {
    return err(errors.corrupt(w, cause instanceof Error ? cause.message : String(cause)));
  }
  if (isOver) return err(errors.sizeMismatch(declared, `> ${declared}`, w));
  if (!isDone && raw.length > 0) return err(errors.truncated(w));
  if (got !== declared) return err(errors.sizeMismatch(declared, String(got), w));
  return ok(out);
}

/** Every entry by name, or the first reason to refuse the zip. */
export function unzipGuarded(bytes: Uint8Array, limits: ReadLimits, file?: string): Result<Map<string, Uint8Array>> {
  const where: Where = file === undefined ? {} : { file };
  if (bytes.length > limits.maxBundleBytes) return err(errors.tooBig(bytes.length, limits.maxBundleBytes, where));
  const layout = zipLayout(bytes, limits, where);
  if (!layout.ok) return layout;
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of layout.value) {
    const w = { ...where, entry: e.name };
    const refusal = refuse(e, entries, total, limits, w);
    if (refusal) return err(refusal);
    const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const content = e.method === STORED ? ok(raw) : inflate(raw, e.size, w);
    if (!content.ok) return content;
    entries.set(e.name, content.value);
    total += e.size;
  }
  return ok(entries);
}
