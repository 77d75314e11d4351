// The one place pdfmake is touched. pdfmake 0.3 is a singleton (fonts, progress callback), so
// renders are queued one at a time. Fonts arrive as bytes (never read from disk here) and live
// in pdfmake's virtual file system; network and local-file access are refused.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { stripLayoutTables } from './font/strip-layout';

export type FontSet = {
  /** Noto Sans SC Regular, TrueType. */
  readonly regular: Uint8Array;
  /** Noto Sans SC Bold, TrueType. */
  readonly bold: Uint8Array;
};

export const FONT_FAMILY = 'NotoSansSC';

type VirtualFs = { writeFileSync(name: string, content: Uint8Array): void };
type CreatedPdf = { getBuffer(): Promise<Uint8Array> };
// The part of pdfmake's runtime object we use (its typings omit the virtual file system).
type PdfmakeRuntime = {
  readonly virtualfs: VirtualFs;
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setProgressCallback(callback: ((progress: number) => void) | undefined): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy?: (callback: (path: string) => boolean) => void;
  createPdf(definition: TDocumentDefinitions): CreatedPdf;
};

const runtime = pdfmake as unknown as PdfmakeRuntime;
runtime.setUrlAccessPolicy(() => false);
runtime.setLocalAccessPolicy?.(() => false);

export type PreparedFonts = { readonly regular: Uint8Array; readonly bold: Uint8Array; readonly key: string };

const prepared = new WeakMap<Uint8Array, Uint8Array>();
const names = new WeakMap<Uint8Array, string>();
let fontCount = 0;

function prepare(bytes: Uint8Array): Uint8Array {
  let out = prepared.get(bytes);
  if (!out) {
    out = stripLayoutTables(bytes);
    prepared.set(bytes, out);
  }
  return out;
}

function vfsName(bytes: Uint8Array): string {
  let name = names.get(bytes);
  if (!name) {
    fontCount += 1;
    name = `xinping-font-${fontCount}.ttf`;
    runtime.virtualfs.writeFileSync(name, bytes);
    names.set(bytes, name);
  }
  return name;
}

/** The fonts as pdfmake will embed them (layout tables removed; see font/strip-layout.ts). */
export function prepareFonts(fonts: FontSet): PreparedFonts {
  const regular = prepare(fonts.regular);
  const bold = prepare(fonts.bold);
  return { regular, bold, key: `${vfsName(regular)}|${vfsName(bold)}` };
}

let queue: Promise<unknown> = Promise.resolve();

/** Lay out and write one PDF. `onProgress` gets pdfmake's 0–1 rendering progress and may throw to abort. */
export function runPdfmake(definition: TDocumentDefinitions, fonts: PreparedFonts, onProgress?: (ratio: number) => void): Promise<Uint8Array> {
  const job = queue.then(async () => {
    const regular = vfsName(fonts.regular);
    const bold = vfsName(fonts.bold);
    runtime.setFonts({ [FONT_FAMILY]: { normal: regular, bold, italics: regular, bolditalics: bold } });
    runtime.setProgressCallback(onProgress);
    try {
      const buffer = await runtime.createPdf(definition).getBuffer();
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } finally {
      runtime.setProgressCallback(undefined);
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Register raw (unprepared) fonts for a plain pdfmake run — used by the benchmark's naive baseline. */
export function rawFonts(fonts: FontSet): PreparedFonts {
  return { regular: fonts.regular, bold: fonts.bold, key: `${vfsName(fonts.regular)}|${vfsName(fonts.bold)}` };
}
