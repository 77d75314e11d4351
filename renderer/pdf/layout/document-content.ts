// DocumentModel → pdfmake document definition: title centred and bold, body justified with a
// two-character first-line indent, contact lines, the issuer and date over the seal at the right,
// the result tables (planned by table-plan.ts) and "第 N 页 / 共 M 页" footers.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocumentModel } from '../../../shared/documents/layout-model';
import { A4_PT, MM_TO_PT } from '../../../shared/documents/page-style';
import { FONT_FAMILY } from '../engine';
import type { FontFace } from '../font/font-face';
import { drawSeal } from './seal';
import { planTables, type TableGeometry } from './table-plan';
import { autoTablesContent } from './auto-tables';
import { tablesContent, type PlacedNode } from './tables-content';

export type Faces = { readonly regular: FontFace; readonly bold: FontFace };

export type LaidOutDocument = {
  readonly definition: TDocumentDefinitions;
  /** Flow node right under the seal; pdfmake writes its page position into it. */
  readonly sealMarker: object;
  readonly sealSize: number;
  /** Seal's left edge, from the page's left edge. */
  readonly sealLeft: number;
  readonly placed: readonly PlacedNode[];
  readonly plannedTablePages: number;
};

function pageGeometry(model: DocumentModel): { margins: [number, number, number, number]; width: number; height: number } {
  const m = model.style.marginsMm;
  const margins: [number, number, number, number] = [m.left * MM_TO_PT, m.top * MM_TO_PT, m.right * MM_TO_PT, m.bottom * MM_TO_PT];
  return { margins, width: A4_PT.width - margins[0] - margins[2], height: A4_PT.height - margins[1] - margins[3] };
}

// The seal block is one unbreakable stack (seal, then issuer and date laid over its middle, then
// the "电子签章" label), so it never splits across pages. Positions pdfmake records inside an
// unbreakable block are block-relative, so an invisible marker right after the block tells us
// where it really landed: the seal's bottom edge.
function signatureContent(model: DocumentModel, block: Extract<Block, { kind: 'signature' }>, faces: Faces, width: number): { content: Content[]; markerNode: object; size: number; left: number } {
  const size = model.style.fontSize.body;
  const lineH = faces.regular.lineHeight(size) * model.style.lineHeight.body;
  const blockWidth = Math.max(faces.regular.widthOf(block.issuer, size), faces.regular.widthOf(block.date, size)) + 2;
  const rightIndent = 2 * size;
  const blockLeft = width - rightIndent - blockWidth;
  const seal = drawSeal(model.seal, faces.bold);
  const d = seal.size;
  const sealLeft = Math.max(0, blockLeft + blockWidth / 2 - d / 2);
  const labelSize = Math.max(7, size * 0.62);
  const labelH = faces.regular.lineHeight(labelSize);
  const labelLeft = sealLeft + d / 2 - (faces.regular.widthOf(model.seal.label, labelSize) + 2) / 2;
  const labelTop = 0.25 * d - lineH;
  const over = (text: string, top: number): Content => ({ text, noWrap: true, alignment: 'center', margin: [blockLeft, top, width - blockLeft - blockWidth, 0] });
  const stack: Content = {
    unbreakable: true,
    stack: [
      { svg: seal.svg, width: d, height: d, margin: [sealLeft, 0, 0, 0] },
      over(block.issuer, -(d / 2 + lineH)),
      over(block.date, 0),
      { text: model.seal.label, noWrap: true, fontSize: labelSize, lineHeight: 1, color: model.seal.color, margin: [labelLeft, labelTop, 0, d / 2 - lineH - labelTop - labelH] },
    ],
    margin: [0, size, 0, 0],
  };
  const markerNode = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0.01, y2: 0, lineWidth: 0.01, strokeOpacity: 0 }] };
  return { content: [stack, markerNode as Content], markerNode, size: d, left: sealLeft };
}

function blockContent(model: DocumentModel, block: Block): Content[] {
  const indent = 2 * model.style.fontSize.body;
  switch (block.kind) {
    case 'title': return [{ text: block.lines.join('\n'), fontSize: model.style.fontSize.title, bold: true, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, 14] }];
    case 'salutation': return [{ text: block.text, margin: [0, 2, 0, 2] }];
    case 'paragraph': return [{ text: block.text, alignment: 'justify', leadingIndent: indent, margin: [0, 0, 0, 2] }];
    case 'heading': return [{ text: block.text, bold: true, leadingIndent: indent, margin: [0, 6, 0, 0] }];
    case 'contact': return block.lines.map((text) => ({ text, leadingIndent: indent }));
    case 'signature':
    case 'tables':
      return [];
  }
}

export type TableMode = 'planned' | 'auto';

export function layoutDocument(model: DocumentModel, faces: Faces, mode: TableMode = 'planned'): LaidOutDocument {
  const page = pageGeometry(model);
  const style = model.style;
  const content: Content[] = [];
  let seal: { markerNode: object; size: number; left: number } | null = null;
  let placed: PlacedNode[] = [];
  let plannedTablePages = 0;
  for (const [index, block] of model.blocks.entries()) {
    if (block.kind === 'signature') {
      const s = signatureContent(model, block, faces, page.width);
      content.push(...s.content);
      seal = { markerNode: s.markerNode, size: s.size, left: page.margins[0] + s.left };
    } else if (block.kind === 'tables') {
      const isDense = block.density === 'dense';
      const geometry: TableGeometry = {
        regular: faces.regular, bold: faces.bold,
        fontSize: isDense ? style.fontSize.tableDense : style.fontSize.table,
        bodySize: style.fontSize.body, titleSize: style.fontSize.body + 2,
        padX: 4, padY: isDense ? style.cellPadding.dense : style.cellPadding.standard,
        contentWidth: page.width, contentHeight: page.height,
      };
      if (mode === 'auto') {
        content.push(...autoTablesContent(block, geometry.fontSize, block.isNewPage || index > 0));
        continue;
      }
      const plan = planTables(geometry, { ...block, sections: block.sections.filter((s) => s.rows.length > 0) });
      // the plan counts from the top of a page: tables start a page unless they open the document
      const tables = tablesContent(geometry, plan, block.isNewPage || index > 0);
      content.push(...tables.content);
      placed = tables.placed;
      plannedTablePages = plan.pages.length;
    } else {
      content.push(...blockContent(model, block));
    }
  }
  if (!seal) throw new Error('document has no signature block');
  const definition: TDocumentDefinitions = {
    version: '1.7',
    info: { title: model.metadata.title, author: model.metadata.author, subject: model.metadata.subject, creator: model.metadata.producer, producer: model.metadata.producer },
    pageSize: 'A4',
    pageMargins: page.margins,
    defaultStyle: { font: FONT_FAMILY, fontSize: style.fontSize.body, lineHeight: style.lineHeight.body },
    content,
    footer: (current: number, total: number): Content => ({
      text: style.pageNumber.replace('{page}', String(current)).replace('{pages}', String(total)),
      alignment: 'center', fontSize: style.fontSize.footer, lineHeight: 1, margin: [0, page.margins[3] * 0.35, 0, 0],
    }),
  };
  return { definition, sealMarker: seal.markerNode, sealSize: seal.size, sealLeft: seal.left, placed, plannedTablePages };
}
