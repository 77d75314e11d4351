// Document request → unsigned PDF bytes, with the seal's position for the signature widget.
// Runs the same in a Web Worker and in Node: fonts come in as bytes, nothing touches the disk.
import type { Content } from 'pdfmake/interfaces';
import { buildDocument, templateFor, type DocumentRequest } from '../../shared/documents/build-document';
import type { Block, DocumentModel } from '../../shared/documents/layout-model';
import { defaultPageStyle } from '../../shared/documents/default-templates';
import { A4_PT } from '../../shared/documents/page-style';
import { snapshotTexts, styleTexts, templateTexts, type TextSource } from '../../shared/documents/text-sources';
import { err, ok, userError, type Result, type UserError } from '../../shared/errors';
import { prepareFonts, runPdfmake, type FontSet } from './engine';
import { missingGlyphErrors } from './font/coverage';
import { fontFace } from './font/font-face';
import { layoutDocument, type Faces, type TableMode } from './layout/document-content';
import { isPlanKept } from './layout/tables-content';

export type RenderPhase = 'check' | 'layout' | 'render' | 'sign' | 'done';
export type RenderProgress = { readonly phase: RenderPhase; readonly ratio: number };

export type RenderOptions = {
  readonly fonts: FontSet;
  readonly onProgress?: (progress: RenderProgress) => void;
  readonly signal?: AbortSignal;
  /** "auto" lays tables out with pdfmake's own table engine (slow; the fallback). */
  readonly tableMode?: TableMode;
};

/** Where the seal is drawn, in PDF user space (origin bottom-left), for the signature widget. */
export type SealPlacement = { readonly pageIndex: number; readonly rect: readonly [number, number, number, number] };

export type RenderedPdf = {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly pageCount: number;
  readonly seal: SealPlacement;
  readonly model: DocumentModel;
  readonly tableMode: TableMode;
};

export const cancelledError: UserError = userError('pdf.cancelled', '已取消生成', 'generation was cancelled');

export class RenderCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RenderCancelled';
  }
}

function modelTexts(blocks: readonly Block[]): TextSource[] {
  const out: TextSource[] = [];
  const add = (path: string, text: string): void => { if (text) out.push({ path, field: 'document', text }); };
  blocks.forEach((b, i) => {
    const at = `document.blocks[${i}]`;
    if (b.kind === 'title') b.lines.forEach((l, j) => add(`${at}.lines[${j}]`, l));
    else if (b.kind === 'contact') b.lines.forEach((l, j) => add(`${at}.lines[${j}]`, l));
    else if (b.kind === 'signature') { add(`${at}.issuer`, b.issuer); add(`${at}.date`, b.date); }
    else if (b.kind === 'tables') {
      add(`${at}.title`, b.title);
      b.sections.forEach((s, j) => { add(`${at}.sections[${j}].caption`, s.caption); s.columns.forEach((c, k) => add(`${at}.sections[${j}].columns[${k}]`, c.header)); });
    } else add(at, b.text);
  });
  return out;
}

/** Every character of the request, checked against both faces; source fields first so errors name them. */
export function checkGlyphs(request: DocumentRequest, model: DocumentModel, faces: Faces): UserError[] {
  const style = request.style ?? defaultPageStyle;
  const sources = [...snapshotTexts(request.snapshot), ...templateTexts(templateFor(request)), ...styleTexts(style)];
  const errors = missingGlyphErrors(sources, [faces.regular, faces.bold]);
  return errors.length > 0 ? errors : missingGlyphErrors(modelTexts(model.blocks), [faces.regular, faces.bold]);
}

type Positioned = { positions?: readonly { pageNumber: number; left: number; top: number }[] };

async function renderWith(model: DocumentModel, faces: Faces, fonts: FontSet, mode: TableMode, options: RenderOptions): Promise<Omit<RenderedPdf, 'model' | 'fileName'> & { isPlanKept: boolean }> {
  const laid = layoutDocument(model, faces, mode);
  let pageCount = 0;
  const footer = laid.definition.footer;
  if (typeof footer === 'function') {
    laid.definition.footer = (current, total, size): Content | null | undefined => { pageCount = total; return footer(current, total, size); };
  }
  let lastReported = -1;
  const bytes = await runPdfmake(laid.definition, prepareFonts(fonts), (ratio) => {
    if (options.signal?.aborted) throw new RenderCancelled();
    if (ratio - lastReported >= 0.01) { lastReported = ratio; options.onProgress?.({ phase: 'render', ratio }); }
  });
  const at = (laid.sealMarker as Positioned).positions?.[0];
  if (!at) throw new Error('the seal was not placed');
  const size = laid.sealSize;
  // the marker sits on the seal's bottom edge
  const rect = [laid.sealLeft, A4_PT.height - at.top, laid.sealLeft + size, A4_PT.height - at.top + size] as const;
  return { bytes, pageCount, seal: { pageIndex: at.pageNumber - 1, rect }, tableMode: mode, isPlanKept: isPlanKept(laid.placed) };
}

export async function renderDocument(request: DocumentRequest, options: RenderOptions): Promise<Result<RenderedPdf, readonly UserError[]>> {
  try {
    options.onProgress?.({ phase: 'check', ratio: 0 });
    const built = buildDocument(request);
    if (!built.ok) return built;
    const model = built.value;
    const faces: Faces = { regular: fontFace(options.fonts.regular), bold: fontFace(options.fonts.bold) };
    const missing = checkGlyphs(request, model, faces);
    if (missing.length > 0) return err(missing);
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase: 'layout', ratio: 0 });
    let out = await renderWith(model, faces, options.fonts, options.tableMode ?? 'planned', options);
    // a planned chunk that pdfmake moved would leave its grid behind: lay the tables out the slow way
    if (!out.isPlanKept && out.tableMode === 'planned') out = await renderWith(model, faces, options.fonts, 'auto', options);
    return ok({ bytes: out.bytes, pageCount: out.pageCount, seal: out.seal, tableMode: out.tableMode, model, fileName: model.fileName });
  } catch (e) {
    if (e instanceof RenderCancelled || options.signal?.aborted) return err([cancelledError]);
    throw e;
  }
}
