// Fallback: the result tables as ordinary pdfmake tables (auto layout, repeated header row,
// rows never split). Slower, but needs no planning; used if a planned layout ever drifts.
import type { Content } from 'pdfmake/interfaces';
import type { TablesBlock } from '../../../shared/documents/layout-model';

export function autoTablesContent(block: TablesBlock, fontSize: number, isNewPage: boolean): Content[] {
  const out: Content[] = [];
  if (block.label) out.push({ text: block.label, margin: [0, 0, 0, 8], ...(isNewPage ? { pageBreak: 'before' as const } : {}) });
  out.push({ text: block.title, bold: true, alignment: 'center', margin: [0, 0, 0, 6], ...(isNewPage && !block.label ? { pageBreak: 'before' as const } : {}) });
  for (const section of block.sections) {
    if (section.rows.length === 0) continue;
    out.push({ text: section.caption, alignment: 'center', margin: [0, 6, 0, 4] });
    out.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: section.columns.map((c) => (c.key === 'name' ? '*' : 'auto')),
        body: [
          section.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' })),
          ...section.rows.map((row) => row.map((text, i) => ({ text, alignment: section.columns[i]?.align ?? 'center' }))),
        ],
      },
      fontSize,
      lineHeight: 1,
    });
  }
  return out;
}
