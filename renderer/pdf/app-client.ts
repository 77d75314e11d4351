// The app's one PDF worker, with the bundled fonts: notices, announcements and the test signature
// all go through it, so pdfmake and the fonts load once, and only when a PDF is first made.
import { userError, XinpingError } from '../../shared/errors';
import type { FontSet } from './engine';
import { createPdfWorkerClient, type PdfWorkerClient } from './worker-client';

// Vite emits the fonts as assets and rewrites these URLs; nothing is fetched until a PDF is made.
const regularFontUrl = new URL('../../resources/fonts/NotoSansSC_400Regular.ttf', import.meta.url).href;
const boldFontUrl = new URL('../../resources/fonts/NotoSansSC_700Bold.ttf', import.meta.url).href;

let fonts: Promise<FontSet> | undefined;
let client: PdfWorkerClient | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new XinpingError(userError('pdf.font_missing', `无法读取字体文件（${response.status}）`, `the font file could not be read (${response.status})`, { file: url }));
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<FontSet> {
  fonts ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => { fonts = undefined; });
  return fonts;
}

export async function appPdfClient(): Promise<PdfWorkerClient> {
  client ??= createPdfWorkerClient(await loadFonts());
  return client;
}
