import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/build-document';
import type { TablesBlock } from '../../../shared/documents/layout-model';
import { fontFace } from '../../../renderer/pdf/font/font-face';
import { stripLayoutTables } from '../../../renderer/pdf/font/strip-layout';
import { readSfnt } from '../../../renderer/pdf/font/sfnt';
import { planTables, type TableGeometry } from '../../../renderer/pdf/layout/table-plan';
import { wrapText } from '../../../renderer/pdf/layout/wrap';
import { checkGlyphs, renderDocument } from '../../../renderer/pdf/render';
import { loadFonts, sampleSnapshot } from '../../fixtures/documents/sample';
import { syntheticSnapshot } from '../../fixtures/documents/synthetic';

type Fontkit = { create(buffer: Buffer): { unitsPerEm: number; ascent: number; descent: number; layout(s: string): { advanceWidth: number } } };
// fontkit (what pdfkit measures with) ships no type declarations
const fontkit = createRequire(import.meta.url)('fontkit') as Fontkit;
const fonts = loadFonts();
const regular = fontFace(fonts.regular);
const bold = fontFace(fonts.bold);

describe('font coverage before rendering', () => {
  it('finds the published names in the cmap', () => {
    for (const ch of '东研高科（北京）环保技术有限公司AAA★A+') expect(regular.hasChar(ch.codePointAt(0)!)).toBe(true);
  });

  it.each([
    ['a Tangut character in a name', 'name', '𗀀记公司', 'results[0].rows[3].name'],
    ['an emoji in a grade', 'grade', 'AAA😀', 'results[0].rows[3].grade'],
    ['a private-use character in a name', 'name', '甲\uE000乙', 'results[0].rows[3].name'],
  ])('reports %s by character and field instead of drawing a box', async (_, field, value, path) => {
    const snapshot = sampleSnapshot();
    const rows = snapshot.results[0]!.rows.map((r, i) => (i === 3 ? { ...r, [field]: value } : r));
    const request = { kind: 'notice' as const, snapshot: { ...snapshot, results: [{ ...snapshot.results[0]!, rows }, snapshot.results[1]!] } };
    const r = await renderDocument(request, { fonts });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({ code: 'pdf.missing_glyph', at: { path, field, row: 4 } });
    expect(r.error[0]?.zh).toContain(path);
  });

  it('checks template words too, naming the template field', () => {
    const snapshot = sampleSnapshot();
    const built = buildDocument({ kind: 'notice', snapshot });
    if (!built.ok) throw new Error('model');
    const template = { ...built.value, kind: 'notice' as const };
    const errors = checkGlyphs({ kind: 'notice', snapshot, template: { kind: 'notice', fileName: 'a.pdf', title: '公示😀', paragraphs: [], values: {} } }, template, { regular, bold });
    expect(errors[0]?.at?.path).toBe('notice.title');
  });
});

describe('metrics match what pdfkit/fontkit compute', () => {
  const kit = fontkit.create(Buffer.from(stripLayoutTables(fonts.regular)));
  it.each(['浙江爱仕达生活电器有限公司', 'AAA★', '010-57520517、57520559；', '东研高科（北京）环保技术有限公司'])('width of %s', (text) => {
    expect(regular.widthOf(text, 10)).toBeCloseTo((kit.layout(text).advanceWidth / kit.unitsPerEm) * 10, 6);
  });
  it('line height', () => {
    expect(regular.lineHeight(12)).toBeCloseTo(((kit.ascent - kit.descent) / kit.unitsPerEm) * 12, 6);
  });
  it('only the OpenType layout tables are removed', () => {
    const before = [...readSfnt(fonts.regular).tables.keys()];
    const after = [...readSfnt(stripLayoutTables(fonts.regular)).tables.keys()];
    expect(before.filter((t) => !after.includes(t)).sort()).toEqual(['BASE', 'GDEF', 'GPOS', 'GSUB']);
  });
});

describe('line breaking (禁则)', () => {
  const measure = (s: string): number => [...s].length * 10;
  it('never starts a line with closing punctuation', () => {
    expect(wrapText('东研高科（北京）环保', 70, measure)).toEqual(['东研高科（北', '京）环保']);
    expect(wrapText('甲乙丙丁戊己，庚辛', 60, measure)).toEqual(['甲乙丙丁戊', '己，庚辛']);
  });
  it('keeps Latin and digit runs whole', () => {
    expect(wrapText('电话010-57520517', 130, measure)).toEqual(['电话', '010-57520517']);
    expect(wrapText('010-57520517', 50, measure)).toEqual(['010-5', '75205', '17']);
  });
  it('leaves short text alone', () => {
    expect(wrapText('上海夏普电器有限公司', 200, measure)).toEqual(['上海夏普电器有限公司']);
  });
});

describe('planned result tables', () => {
  const geometry: TableGeometry = { regular, bold, fontSize: 10.5, bodySize: 12, titleSize: 14, padX: 4, padY: 4, contentWidth: 440, contentHeight: 700 };
  function block(count: number, names?: (i: number) => string): TablesBlock {
    const s = syntheticSnapshot(sampleSnapshot(), count);
    const r = buildDocument({ kind: 'notice', snapshot: names ? { ...s, results: [{ evaluationType: 'enterprise', rows: s.results[0]!.rows.map((row, i) => ({ ...row, name: names(i) })) }] } : s });
    if (!r.ok) throw new Error('model');
    return r.value.blocks.find((b): b is TablesBlock => b.kind === 'tables')!;
  }

  it('fills pages without overflowing and keeps every row exactly once, in order', () => {
    const plan = planTables(geometry, block(1000));
    const rows: number[] = [];
    for (const page of plan.pages) {
      expect(page.reduce((h, item) => h + item.height, 0)).toBeLessThanOrEqual(geometry.contentHeight);
      for (const item of page) if (item.kind === 'chunk') for (let i = 0; i < item.count; i++) rows.push(item.first + i);
    }
    expect(rows).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(plan.pages.length).toBeGreaterThan(30);
  });

  it('wraps an over-long name onto more lines and gives its row the height', () => {
    const long = '某某省某某市某某区某某街道某某科技发展股份有限公司第一分公司第二营业部第三经营网点（筹）';
    const plan = planTables(geometry, block(3, (i) => (i === 1 ? long : '甲公司')));
    const s = plan.sections[0]!;
    expect(s.cells[1]![1]!.length).toBeGreaterThan(1);
    expect(s.cells[1]![1]!.join('')).toBe(long);
    expect(s.rowHeights[1]).toBeGreaterThan(s.rowHeights[0]!);
  });

  it('uses two column groups when the template allows and names are short', () => {
    const b = { ...block(200, (i) => `甲乙公司${i}`), columnGroups: 'auto' as const };
    const plan = planTables(geometry, b);
    expect(plan.sections[0]!.groups).toBe(2);
    const chunk = plan.pages[0]!.find((x) => x.kind === 'chunk');
    expect(chunk && chunk.kind === 'chunk' && chunk.count).toBe(2 * (chunk && chunk.kind === 'chunk' ? chunk.left : 0));
  });
});
