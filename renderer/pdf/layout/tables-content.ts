// Turns a table plan into pdfmake content: per page, the text items, then for each chunk a vector
// grid (one canvas) under a fixed-width, border-less table whose cells are plain no-wrap strings.
import type { CanvasElement, Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { PlannedSection, TableGeometry, TablePlan, TextItem, ChunkItem } from './table-plan';

export type PlacedNode = { readonly node: object; readonly page: number };
export type TablesContent = { readonly content: Content[]; readonly placed: PlacedNode[] };

const HEADER_FILL = '#eeeeee';
const OUTER = 0.8;
const INNER = 0.4;

function fastLayout(g: TableGeometry): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => g.padX,
    paddingRight: () => g.padX,
    paddingTop: () => g.padY,
    paddingBottom: () => g.padY,
  };
}

function textContent(g: TableGeometry, item: TextItem): Content {
  const isTitle = item.kind === 'title';
  return {
    stack: item.lines.map((line) => ({ text: line, noWrap: true })),
    fontSize: isTitle ? g.titleSize : g.bodySize,
    lineHeight: 1,
    bold: isTitle,
    alignment: item.kind === 'label' ? 'left' : 'center',
    margin: [0, item.marginTop, 0, item.marginBottom],
  };
}

type Point = { x: number; y: number };

// All inner lines of one direction as a single zig-zag polyline: the connecting runs lie on the
// outer border, which the thicker frame covers. Two vectors instead of one per line.
function zigzag(stops: readonly number[], from: number, to: number, isHorizontal: boolean): CanvasElement {
  const points: Point[] = [];
  stops.forEach((s, i) => {
    const [a, b] = i % 2 === 0 ? [from, to] : [to, from];
    points.push(isHorizontal ? { x: a, y: s } : { x: s, y: a }, isHorizontal ? { x: b, y: s } : { x: s, y: b });
  });
  return { type: 'polyline', points, lineWidth: INNER, lineColor: '#000000' };
}

function grid(s: PlannedSection, chunk: ChunkItem): CanvasElement[] {
  const groupWidth = s.widths.reduce((a, b) => a + b, 0);
  const groups = s.groups === 2 && chunk.count > chunk.left ? 2 : 1;
  const width = groupWidth * groups;
  const height = chunk.height;
  const rows: number[] = [s.headerHeight];
  for (const h of chunk.rowHeights.slice(0, -1)) rows.push((rows[rows.length - 1] ?? 0) + h);
  const columns: number[] = [];
  for (let g = 0; g < groups; g++) {
    let x = g * groupWidth;
    for (const w of s.widths) { x += w; columns.push(x); }
  }
  columns.pop();
  const out: CanvasElement[] = [{ type: 'rect', x: 0, y: 0, w: width, h: s.headerHeight, color: HEADER_FILL }, zigzag(rows, 0, width, true)];
  if (columns.length > 0) out.push(zigzag(columns, 0, height, false));
  if (groups === 2) out.push({ type: 'line', x1: groupWidth, y1: 0, x2: groupWidth, y2: height, lineWidth: OUTER * 1.5, lineColor: '#000000' });
  out.push({ type: 'rect', x: 0, y: 0, w: width, h: height, lineWidth: OUTER, lineColor: '#000000' });
  return out;
}

function cell(s: PlannedSection, entry: number, col: number, lineH: number, rowLines: number): TableCell {
  const lines = s.cells[entry]?.[col] ?? [''];
  const align = s.section.columns[col]?.align ?? 'center';
  const offset = ((rowLines - lines.length) * lineH) / 2;
  if (lines.length > 1) return { stack: [...lines], alignment: align, ...(offset > 0 ? { margin: [0, offset, 0, 0] } : {}) };
  const text = lines[0] ?? '';
  if (offset === 0 && align === 'center') return text;
  return { text, ...(align === 'center' ? {} : { alignment: align }), ...(offset > 0 ? { margin: [0, offset, 0, 0] } : {}) };
}

function chunkTable(g: TableGeometry, s: PlannedSection, chunk: ChunkItem): ContentTable {
  const groups = s.groups === 2 && chunk.count > chunk.left ? 2 : 1;
  const lineH = g.regular.lineHeight(g.fontSize);
  const cols = s.section.columns.length;
  const header: TableCell[] = [];
  for (let k = 0; k < groups; k++) for (const c of s.section.columns) header.push({ text: c.header, bold: true });
  const body: TableCell[][] = [header];
  for (let r = 0; r < chunk.left; r++) {
    const entries = [chunk.first + r];
    if (groups === 2) entries.push(chunk.first + chunk.left + r);
    const rowLines = Math.max(...entries.map((e) => Math.max(...(s.cells[e] ?? [['']]).map((c) => c.length))));
    const row: TableCell[] = [];
    for (const e of entries) {
      const exists = e < chunk.first + chunk.count;
      for (let c = 0; c < cols; c++) row.push(exists ? cell(s, e, c, lineH, rowLines) : '');
    }
    body.push(row);
  }
  const widths = Array.from({ length: groups }, () => s.widths.map((w) => w - 2 * g.padX)).flat();
  return { table: { widths, headerRows: 1, dontBreakRows: true, body }, layout: fastLayout(g), fontSize: g.fontSize, lineHeight: 1, noWrap: true, alignment: 'center' };
}

export function tablesContent(g: TableGeometry, plan: TablePlan, isNewPage: boolean): TablesContent {
  const content: Content[] = [];
  const placed: PlacedNode[] = [];
  plan.pages.forEach((items, page) => {
    const pageNodes: Content[] = [];
    for (const item of items) {
      if (item.kind !== 'chunk') {
        pageNodes.push(textContent(g, item));
        continue;
      }
      const s = plan.sections[item.section] as PlannedSection;
      const canvas = { canvas: grid(s, item), relativePosition: { x: 0, y: 0 } };
      const table = chunkTable(g, s, item);
      placed.push({ node: table, page });
      pageNodes.push(canvas, table);
    }
    const first = pageNodes[0];
    if (first && (page > 0 || isNewPage) && typeof first === 'object' && !Array.isArray(first)) {
      pageNodes[0] = { ...first, pageBreak: 'before' } as Content;
    }
    content.push(...pageNodes);
  });
  return { content, placed };
}

type Positioned = { positions?: readonly { pageNumber: number }[] };

/** Did pdfmake put every chunk on the page we planned? (If not, the grid would be misdrawn.) */
export function isPlanKept(placed: readonly PlacedNode[]): boolean {
  const pagesOf = (p: PlacedNode): number[] => ((p.node as Positioned).positions ?? []).map((x) => x.pageNumber);
  const first = placed[0];
  if (!first) return true;
  const base = (pagesOf(first)[0] ?? 0) - first.page;
  return placed.every((p) => {
    const pages = pagesOf(p);
    return pages.length > 0 && pages.every((n) => n - base === p.page);
  });
}
