// Pagination of the result tables, done by us rather than by pdfmake. pdfmake's auto table
// layout measures every cell twice, splits Chinese names into one inline per character, draws
// each cell border as its own path and re-checks page breaks row by row; with 10,000 rows that
// is most of the time. We know the font metrics exactly (font/font-face.ts), so we fix column
// widths, pre-wrap names, compute every row height, and cut the rows into per-page chunks. Each
// chunk is then a small fixed-width table (header row repeated by construction, no row ever
// split) over one vector grid per page.
import type { TableSection, TablesBlock } from '../../../shared/documents/layout-model';
import type { FontFace } from '../font/font-face';
import { wrapText } from './wrap';

export type TableGeometry = {
  readonly regular: FontFace;
  readonly bold: FontFace;
  readonly fontSize: number;
  readonly bodySize: number;
  readonly titleSize: number;
  readonly padX: number;
  readonly padY: number;
  readonly contentWidth: number;
  readonly contentHeight: number;
};

export type PlannedSection = {
  readonly section: TableSection;
  readonly groups: 1 | 2;
  /** Full column widths (padding included) for one group. */
  readonly widths: readonly number[];
  readonly headerHeight: number;
  /** Per row: the lines of each cell. */
  readonly cells: readonly (readonly (readonly string[])[])[];
  readonly rowHeights: readonly number[];
};

export type TextItem = { readonly kind: 'label' | 'title' | 'caption'; readonly lines: readonly string[]; readonly height: number; readonly marginTop: number; readonly marginBottom: number };
export type ChunkItem = {
  readonly kind: 'chunk';
  readonly section: number;
  readonly first: number;
  readonly count: number;
  /** Rows in the left group; the rest go in the right group (newspaper order). */
  readonly left: number;
  readonly rowHeights: readonly number[];
  readonly height: number;
};
export type PageItem = TextItem | ChunkItem;
export type TablePlan = { readonly sections: readonly PlannedSection[]; readonly pages: readonly (readonly PageItem[])[] };

const EPSILON = 1;
const MIN_ROWS_FOR_TWO_GROUPS = 40;
const TWO_GROUP_SHARE = 0.95;

function naturalWidths(g: TableGeometry, section: TableSection, col: number): number[] {
  return section.rows.map((row) => Math.ceil(g.regular.widthOf(row[col] ?? '', g.fontSize) + 2 * g.padX));
}

function naturalWidth(g: TableGeometry, section: TableSection, col: number, cells: readonly number[]): number {
  const header = Math.ceil(g.bold.widthOf(section.columns[col]?.header ?? '', g.fontSize) + 2 * g.padX);
  return cells.reduce((m, w) => Math.max(m, w), header);
}

/** The width that `share` of the values fit in (e.g. 0.95 → the 95th percentile). */
function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function planSection(g: TableGeometry, section: TableSection, wanted: TablesBlock['columnGroups']): PlannedSection {
  const nameCol = section.columns.findIndex((c) => c.key === 'name');
  const cellWidths = section.columns.map((_, i) => naturalWidths(g, section, i));
  const natural = section.columns.map((_, i) => naturalWidth(g, section, i, cellWidths[i] ?? []));
  const fixed = natural.reduce((s, w, i) => (i === nameCol ? s : s + w), 0);
  // side by side when nearly every name fits on one line in half the width (the rest wrap)
  const fitsHalf = fixed + quantile(cellWidths[nameCol] ?? [], TWO_GROUP_SHARE) <= g.contentWidth / 2;
  const groups: 1 | 2 = wanted === 2 || (wanted === 'auto' && fitsHalf && section.rows.length >= MIN_ROWS_FOR_TWO_GROUPS) ? 2 : 1;
  const groupWidth = Math.floor((g.contentWidth / groups) * 100) / 100;
  const widths = natural.map((w, i) => (i === nameCol ? groupWidth - fixed : w));
  const lineH = g.regular.lineHeight(g.fontSize);
  const nameWidth = (widths[nameCol] ?? 0) - 2 * g.padX;
  const measure = (s: string): number => g.regular.widthOf(s, g.fontSize);
  const names = cellWidths[nameCol] ?? [];
  // only names wider than their column are broken into lines
  const cells = section.rows.map((row, r) => row.map((text, i) => (i === nameCol && (names[r] ?? 0) > (widths[nameCol] ?? 0) ? wrapText(text, nameWidth, measure) : [text])));
  const rowHeights = cells.map((row) => 2 * g.padY + lineH * Math.max(...row.map((c) => c.length)));
  return { section, groups, widths, headerHeight: 2 * g.padY + g.bold.lineHeight(g.fontSize), cells, rowHeights };
}

function textItem(g: TableGeometry, kind: TextItem['kind'], text: string): TextItem {
  const face = kind === 'title' ? g.bold : g.regular;
  const size = kind === 'title' ? g.titleSize : g.bodySize;
  const lines = wrapText(text, g.contentWidth, (s) => face.widthOf(s, size));
  const [marginTop, marginBottom] = kind === 'label' ? [0, 8] : kind === 'title' ? [0, 6] : [6, 4];
  return { kind, lines, marginTop, marginBottom, height: marginTop + marginBottom + lines.length * face.lineHeight(size) };
}

/** Physical height of `left` rows beside `count - left` rows starting at `first`. */
function chunkRowHeights(s: PlannedSection, first: number, count: number, left: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < left; r++) {
    const a = s.rowHeights[first + r] ?? 0;
    const b = r < count - left ? (s.rowHeights[first + left + r] ?? 0) : 0;
    out.push(Math.max(a, b));
  }
  return out;
}

function fitChunk(s: PlannedSection, first: number, available: number): ChunkItem | null {
  const remaining = s.rowHeights.length - first;
  const minRow = Math.min(...s.rowHeights.slice(first, first + 200));
  const upper = Math.min(Math.floor((available - s.headerHeight) / minRow), s.groups === 2 ? Math.ceil(remaining / 2) : remaining);
  for (let left = upper; left >= 1; left--) {
    const count = s.groups === 2 ? Math.min(2 * left, remaining) : left;
    const heights = chunkRowHeights(s, first, count, left);
    const height = s.headerHeight + heights.reduce((a, b) => a + b, 0);
    if (height <= available) return { kind: 'chunk', section: -1, first, count, left, rowHeights: heights, height };
  }
  return null;
}

export function planTables(g: TableGeometry, block: TablesBlock): TablePlan {
  const sections = block.sections.map((s) => planSection(g, s, block.columnGroups));
  const pages: PageItem[][] = [[]];
  let used = 0;
  const available = (): number => g.contentHeight - EPSILON - used;
  const add = (item: PageItem): void => { (pages[pages.length - 1] as PageItem[]).push(item); used += item.height; };
  const newPage = (): void => { pages.push([]); used = 0; };
  if (block.label) add(textItem(g, 'label', block.label));
  add(textItem(g, 'title', block.title));
  sections.forEach((s, index) => {
    const caption = textItem(g, 'caption', s.section.caption);
    const firstRow = s.headerHeight + (s.rowHeights[0] ?? 0);
    if (caption.height + firstRow > available()) newPage();
    add(caption);
    let first = 0;
    while (first < s.rowHeights.length) {
      const chunk = fitChunk(s, first, available());
      if (!chunk) {
        if (used === 0) throw new Error(`table row ${first + 1} is taller than a page`);
        newPage();
        continue;
      }
      add({ ...chunk, section: index });
      first += chunk.count;
      if (first < s.rowHeights.length) newPage();
    }
  });
  return { sections, pages };
}
