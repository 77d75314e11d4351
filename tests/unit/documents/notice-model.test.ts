import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/build-document';
import { defaultPageStyle, defaultTemplates } from '../../../shared/documents/default-templates';
import { formatZhDateRange, gradeSummary, validUntil } from '../../../shared/documents/format';
import type { Block, DocumentModel, TablesBlock } from '../../../shared/documents/layout-model';
import { parseSnapshot } from '../../../shared/documents/snapshot';
import { parseTemplate } from '../../../shared/documents/template';
import { PUBLISHED_ROWS, sampleSnapshot } from '../../fixtures/documents/sample';

function model(kind: Parameters<typeof buildDocument>[0]['kind'], extra: Partial<Parameters<typeof buildDocument>[0]> = {}): DocumentModel {
  const r = buildDocument({ kind, snapshot: sampleSnapshot(), ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const texts = (m: DocumentModel): string[] => m.blocks.flatMap((b: Block) => ('text' in b ? [b.text] : 'lines' in b ? [...b.lines] : []));
const tables = (m: DocumentModel): TablesBlock => m.blocks.find((b): b is TablesBlock => b.kind === 'tables') as TablesBlock;

describe('public notice (公示通知) as published on 2015-07-13', () => {
  const notice = model('notice');
  const body = texts(notice).join('\n');

  it('has the issuing body and batch in the title', () => {
    expect(notice.blocks[0]).toEqual({ kind: 'title', lines: ['中国质量检验协会 2015年第三批行业信用评价结果'] });
  });

  it('carries the legal basis and the association rules, placeholders filled', () => {
    expect(body).toContain('《关于行业信用评价工作有关事项的通知》（商秩字[2009]7号）');
    expect(body).toContain('依据《中国质量检验协会企业信用评价管理实施办法（试行）》的规定，中国质量检验协会进行了2015年第三批行业信用评价工作。');
    expect(body).not.toMatch(/\{[A-Za-z]+\}/);
  });

  it('counts enterprises and grades as the notice does (AAA★ counts as AAA)', () => {
    expect(body).toContain('初步确定了9家参评企业的信用等级，AAA级企业8家，其中5家为质检协会空气净化器行业参评企业，3家为质检协会净水行业参评企业；A+级企业1家。');
  });

  it('states the notice period with its day count, and how and by when to object', () => {
    expect(body).toContain('公示期为10天（2015年7月13日～7月22日）');
    expect(body).toContain('如有异议，请与中国质量检验协会信评办联系');
    expect(body).toContain('于2015年7月22日前（含当日）');
  });

  it('lists the contact block line by line', () => {
    const contact = notice.blocks.find((b) => b.kind === 'contact');
    expect(contact).toEqual({ kind: 'contact', lines: [
      '联系人：郝加勇、章娜；',
      '电话：010-57520517、57520559；',
      '传真：010-84640937、57520567；',
      '地址：北京市朝阳区育惠南路3号技监大楼西7层2704，100029；',
      '信箱：caqixp@163.com。',
    ] });
  });

  it('is signed off by the association with the issuing date, before the attachment', () => {
    const i = notice.blocks.findIndex((b) => b.kind === 'signature');
    expect(notice.blocks[i]).toEqual({ kind: 'signature', issuer: '中国质量检验协会', date: '2015年7月13日' });
    expect(notice.blocks[i + 1]?.kind).toBe('tables');
    expect(notice.seal).toMatchObject({ arcText: '中国质量检验协会', label: '电子签章' });
  });

  it('has one table per evaluation type with 序号 / 企业名称 / 级别 and the published rows', () => {
    const t = tables(notice);
    expect(t.sections.map((s) => s.caption)).toEqual(['（企业信用评价）', '（质量信用评价）']);
    expect(t.sections[0]?.columns.map((c) => c.header)).toEqual(['序号', '企业名称', '级别']);
    const rows = t.sections.flatMap((s) => s.rows.map((r) => [s.evaluationType, r[1], r[2]]));
    expect(rows).toEqual(PUBLISHED_ROWS.map((r) => [...r]));
    expect(t.sections[1]?.rows[0]?.[0]).toBe('1');
  });

  it('adds 统一社会信用代码 and 证书编号 columns only when rows carry them', () => {
    const s = sampleSnapshot();
    const withCodes = { ...s, results: [{ evaluationType: 'enterprise' as const, rows: [{ name: '甲公司', grade: 'AAA', creditCode: '91350100M000100Y43', certificateNumber: '201500111100001' }] }] };
    const r = buildDocument({ kind: 'notice', snapshot: withCodes });
    expect(r.ok && tables(r.value).sections[0]?.columns.map((c) => c.key)).toEqual(['index', 'name', 'grade', 'creditCode', 'certificateNumber']);
  });
});

describe('other documents', () => {
  it('announcement (公告) reports the objections and needs the tally', () => {
    expect(buildDocument({ kind: 'announcement', snapshot: sampleSnapshot() }).ok).toBe(false);
    const none = model('announcement', { snapshot: { ...sampleSnapshot(), objections: { received: 0, upheld: 0 } } });
    expect(texts(none).join()).toContain('公示期内未收到异议。');
    const some = model('announcement', { snapshot: { ...sampleSnapshot(), objections: { received: 2, upheld: 1 } } });
    expect(texts(some).join()).toContain('公示期内共收到异议2件，经核查成立1件');
    expect(some.blocks[0]).toEqual({ kind: 'title', lines: ['中国质量检验协会关于2015年第三批行业信用评价结果的公告'] });
  });

  it('result letter names the enterprise, grade and a 3-year validity ending the day before', () => {
    const letter = model('result_letter', { letter: { sectionIndex: 1, rowIndex: 0 } });
    const all = texts(letter).join('\n');
    expect(all).toContain('东研高科（北京）环保技术有限公司：');
    expect(all).toContain('评定贵单位信用等级为AAA★级');
    expect(all).toContain('（2015年7月13日至2018年7月12日）');
    expect(letter.fileName).toBe('东研高科（北京）环保技术有限公司信用等级评价结果通知书.pdf');
    expect(buildDocument({ kind: 'result_letter', snapshot: sampleSnapshot(), letter: { sectionIndex: 0, rowIndex: 99 } }).ok).toBe(false);
  });

  it('result table document puts the tables first and the seal last', () => {
    const m = model('result_table');
    expect(m.blocks.map((b) => b.kind)).toEqual(['tables', 'signature']);
  });
});

describe('templates are data', () => {
  it('names the template field when a placeholder has no value', () => {
    const broken = { ...defaultTemplates.notice, paragraphs: ['x', '公示由{chairman}签发'] };
    const r = buildDocument({ kind: 'notice', snapshot: sampleSnapshot(), template: broken });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatchObject({ code: 'template.unknown_placeholder', at: { path: 'notice.paragraphs[1]' } });
  });

  it('rejects a template for another kind and a malformed template file', () => {
    expect(buildDocument({ kind: 'notice', snapshot: sampleSnapshot(), template: defaultTemplates.announcement }).ok).toBe(false);
    const r = parseTemplate({ ...defaultTemplates.notice, tables: { ...defaultTemplates.notice.tables, columnGroups: 3 } }, 'notice.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.at).toMatchObject({ file: 'notice.json', path: 'tables.columnGroups' });
  });

  it('lets staff change the words without touching code', () => {
    const t = { ...defaultTemplates.notice, salutation: '各会员单位：' };
    const r = buildDocument({ kind: 'notice', snapshot: sampleSnapshot(), template: t, style: defaultPageStyle });
    expect(r.ok && r.value.blocks[1]).toEqual({ kind: 'salutation', text: '各会员单位：' });
  });
});

describe('snapshot validation (trust boundary)', () => {
  const good = sampleSnapshot();
  it.each([
    ['an impossible date', { ...good, issuedOn: '2015-02-30' }, 'issuedOn'],
    ['a notice ending before it starts', { ...good, noticePeriod: { start: '2015-07-22', end: '2015-07-13', days: 10 } }, 'noticePeriod.end'],
    ['a zero-day notice', { ...good, noticePeriod: { ...good.noticePeriod, days: 0 } }, 'noticePeriod.days'],
    ['an empty enterprise name', { ...good, results: [{ evaluationType: 'enterprise', rows: [{ name: '  ', grade: 'AAA' }] }] }, 'results[0].rows[0].name'],
    ['a 17-character credit code', { ...good, results: [{ evaluationType: 'enterprise', rows: [{ name: '甲', grade: 'A', creditCode: '91350100M000100Y4' }] }] }, 'results[0].rows[0].creditCode'],
    ['a certificate number with letters', { ...good, results: [{ evaluationType: 'enterprise', rows: [{ name: '甲', grade: 'A', certificateNumber: '2015001111ABCDE' }] }] }, 'results[0].rows[0].certificateNumber'],
    ['the same evaluation type twice', { ...good, results: [good.results[0], good.results[0]] }, 'results[1].evaluationType'],
    ['an unknown evaluation type', { ...good, results: [{ evaluationType: 'credit', rows: [] }] }, 'results[0].evaluationType'],
    ['an unexpected field', { ...good, extra: 1 }, ''],
    ['more objections upheld than received', { ...good, objections: { received: 1, upheld: 2 } }, 'objections.upheld'],
  ])('rejects %s', (_, input, path) => {
    const r = parseSnapshot(input);
    expect(r.ok).toBe(false);
    if (!r.ok && path) expect(r.error.map((e) => e.at?.path)).toContain(path);
  });

  it('accepts the sample', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(good))).ok).toBe(true);
  });
});

describe('formatting', () => {
  it('writes date ranges the Chinese way', () => {
    expect(formatZhDateRange('2015-07-13', '2015-07-22')).toBe('2015年7月13日～7月22日');
    expect(formatZhDateRange('2015-12-28', '2016-01-06')).toBe('2015年12月28日～2016年1月6日');
  });

  it('computes validity across leap days', () => {
    expect(validUntil('2016-02-29', 3)).toEqual({ ok: true, value: '2019-02-28' });
    expect(validUntil('2015-07-13', 0).ok).toBe(false);
  });

  it('keeps grade levels in order of first appearance', () => {
    expect(gradeSummary([{ evaluationType: 'enterprise', rows: [{ name: 'a', grade: 'A+' }, { name: 'b', grade: 'AAA★' }, { name: 'c', grade: 'AAA' }] }])).toBe('A+级企业1家；AAA级企业2家');
  });
});
