// Pieces every document is assembled from: placeholder values, filled paragraphs, the result
// tables and the signature block. Errors name the template field they came from.
import { err, ok, type Result, type UserError } from '../errors';
import type { EvaluationType } from '../model';
import { formatZhDate, formatZhDateRange, gradeSummary, platformList } from './format';
import type { Block, DocumentModel, TableColumn, TableSection, TablesBlock } from './layout-model';
import type { ColumnKey, PageStyle } from './page-style';
import { totalRows, type DocumentSnapshot, type ResultSection } from './snapshot';
import { activeParagraphs, fillPlaceholders, type DocumentTemplate, type PlaceholderValues } from './template';

export function snapshotValues(snapshot: DocumentSnapshot, template: DocumentTemplate): PlaceholderValues {
  const a = snapshot.association;
  const p = snapshot.noticePeriod;
  return {
    ...template.values,
    associationName: a.name,
    office: a.office,
    measuresTitle: a.measuresTitle,
    indicatorSystemTitle: a.indicatorSystemTitle,
    platforms: platformList(a.platforms),
    batchTitle: snapshot.batchTitle,
    enterpriseCount: totalRows(snapshot),
    gradeSummary: gradeSummary(snapshot.results, snapshot.gradeNotes),
    noticeDays: p.days,
    noticeStart: formatZhDate(p.start),
    noticeEnd: formatZhDate(p.end),
    noticeRange: formatZhDateRange(p.start, p.end),
    issuedOn: formatZhDate(snapshot.issuedOn),
  };
}

export function fill(text: string, values: PlaceholderValues, path: string, errors: UserError[]): string {
  const r = fillPlaceholders(text, values, path);
  if (r.ok) return r.value;
  errors.push(r.error);
  return text;
}

export function titleAndBody(template: DocumentTemplate, values: PlaceholderValues, errors: UserError[]): Block[] {
  const blocks: Block[] = [{ kind: 'title', lines: fill(template.title, values, `${template.kind}.title`, errors).split('\n') }];
  if (template.salutation) blocks.push({ kind: 'salutation', text: fill(template.salutation, values, `${template.kind}.salutation`, errors) });
  for (const p of activeParagraphs(template, values)) blocks.push({ kind: 'paragraph', text: fill(p.text, values, p.path, errors) });
  return blocks;
}

const OPTIONAL_COLUMNS: readonly ColumnKey[] = ['creditCode', 'certificateNumber'];

function sectionColumns(section: ResultSection, style: PageStyle): TableColumn[] {
  const columns: TableColumn[] = [
    { key: 'index', header: style.columns.index, align: 'center' },
    { key: 'name', header: style.columns.name, align: 'left' },
    { key: 'grade', header: style.columns.grade, align: 'center' },
  ];
  for (const key of OPTIONAL_COLUMNS) {
    if (section.rows.some((r) => (key === 'creditCode' ? r.creditCode : r.certificateNumber) !== undefined)) {
      columns.push({ key, header: style.columns[key], align: 'center' });
    }
  }
  return columns;
}

function cell(row: ResultSection['rows'][number], key: ColumnKey, index: number): string {
  switch (key) {
    case 'index': return String(index + 1);
    case 'name': return row.name;
    case 'grade': return row.grade;
    case 'creditCode': return row.creditCode ?? '';
    case 'certificateNumber': return row.certificateNumber ?? '';
  }
}

export function evaluationTypeLabel(style: PageStyle, type: EvaluationType): string {
  return style.evaluationTypes[type];
}

export function tableSections(snapshot: DocumentSnapshot, style: PageStyle, caption: string, values: PlaceholderValues, path: string, errors: UserError[]): TableSection[] {
  return snapshot.results.map((section, sourceIndex) => {
    const columns = sectionColumns(section, style);
    const label = evaluationTypeLabel(style, section.evaluationType);
    return {
      evaluationType: section.evaluationType,
      caption: fill(caption, { ...values, evaluationType: label }, path, errors),
      columns,
      rows: section.rows.map((row, i) => columns.map((c) => cell(row, c.key, i))),
      sourceIndex,
    };
  });
}

export function tablesBlock(snapshot: DocumentSnapshot, template: DocumentTemplate, style: PageStyle, values: PlaceholderValues, errors: UserError[]): TablesBlock | null {
  const t = template.tables;
  if (!t) return null;
  const path = `${template.kind}.tables`;
  return {
    kind: 'tables',
    ...(t.label ? { label: fill(t.label, values, `${path}.label`, errors) } : {}),
    title: fill(t.title, values, `${path}.title`, errors),
    sections: tableSections(snapshot, style, t.sectionCaption, values, `${path}.sectionCaption`, errors),
    density: t.density,
    columnGroups: t.columnGroups,
    isNewPage: t.isNewPage,
  };
}

export function signatureBlock(snapshot: DocumentSnapshot): Block {
  return { kind: 'signature', issuer: snapshot.association.name, date: formatZhDate(snapshot.issuedOn) };
}

export function assemble(
  snapshot: DocumentSnapshot,
  template: DocumentTemplate,
  style: PageStyle,
  values: PlaceholderValues,
  blocks: readonly Block[],
  errors: UserError[],
): Result<DocumentModel, readonly UserError[]> {
  const fileName = fill(template.fileName, values, `${template.kind}.fileName`, errors);
  const title = blocks.find((b) => b.kind === 'title');
  if (errors.length > 0) return err(errors);
  return ok({
    kind: template.kind,
    fileName: fileName.replace(/[\\/:*?"<>|]/g, '_'),
    metadata: {
      title: title && title.kind === 'title' ? title.lines.join('') : fileName,
      author: snapshot.association.name,
      subject: `${snapshot.batchTitle} ${template.kind}`,
      producer: style.producer,
    },
    style,
    blocks,
    seal: { arcText: snapshot.association.name, label: style.seal.label, diameterMm: style.seal.diameterMm, color: style.seal.color },
  });
}
