// Every piece of text a document can print, with where it came from — so a character the font
// cannot draw is reported as "results[0].rows[3].name", not as a silent box in the PDF.
import type { PageStyle } from './page-style';
import type { DocumentSnapshot } from './snapshot';
import type { DocumentTemplate } from './template';

export type TextSource = { readonly path: string; readonly field: string; readonly row?: number; readonly text: string };

function push(out: TextSource[], path: string, text: string | undefined, row?: number): void {
  if (text === undefined || text === '') return;
  const field = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
  out.push(row === undefined ? { path, field, text } : { path, field, row, text });
}

export function snapshotTexts(s: DocumentSnapshot): TextSource[] {
  const out: TextSource[] = [];
  const a = s.association;
  push(out, 'association.name', a.name);
  push(out, 'association.office', a.office);
  push(out, 'association.measuresTitle', a.measuresTitle);
  push(out, 'association.indicatorSystemTitle', a.indicatorSystemTitle);
  a.platforms.forEach((p, i) => { push(out, `association.platforms[${i}].name`, p.name); push(out, `association.platforms[${i}].url`, p.url); });
  const c = a.contact;
  c.people.forEach((v, i) => push(out, `association.contact.people[${i}]`, v));
  c.phones.forEach((v, i) => push(out, `association.contact.phones[${i}]`, v));
  c.faxes.forEach((v, i) => push(out, `association.contact.faxes[${i}]`, v));
  push(out, 'association.contact.address', c.address);
  push(out, 'association.contact.email', c.email);
  push(out, 'batchTitle', s.batchTitle);
  for (const [grade, note] of Object.entries(s.gradeNotes ?? {})) push(out, `gradeNotes.${grade}`, note);
  s.results.forEach((section, i) => section.rows.forEach((r, j) => {
    const base = `results[${i}].rows[${j}]`;
    push(out, `${base}.name`, r.name, j + 1);
    push(out, `${base}.grade`, r.grade, j + 1);
    push(out, `${base}.creditCode`, r.creditCode, j + 1);
    push(out, `${base}.certificateNumber`, r.certificateNumber, j + 1);
  }));
  return out;
}

export function templateTexts(t: DocumentTemplate): TextSource[] {
  const out: TextSource[] = [];
  const k = t.kind;
  push(out, `${k}.title`, t.title);
  push(out, `${k}.salutation`, t.salutation);
  t.paragraphs.forEach((p, i) => push(out, `${k}.paragraphs[${i}]`, typeof p === 'string' ? p : p.text));
  if (t.contact) for (const [key, v] of Object.entries(t.contact)) push(out, `${k}.contact.${key}`, v);
  if (t.tables) {
    push(out, `${k}.tables.label`, t.tables.label);
    push(out, `${k}.tables.title`, t.tables.title);
    push(out, `${k}.tables.sectionCaption`, t.tables.sectionCaption);
  }
  if (t.objectionSummary) { push(out, `${k}.objectionSummary.none`, t.objectionSummary.none); push(out, `${k}.objectionSummary.some`, t.objectionSummary.some); }
  return out;
}

export function styleTexts(style: PageStyle): TextSource[] {
  const out: TextSource[] = [];
  push(out, 'style.pageNumber', style.pageNumber);
  for (const [key, v] of Object.entries(style.evaluationTypes)) push(out, `style.evaluationTypes.${key}`, v);
  for (const [key, v] of Object.entries(style.columns)) push(out, `style.columns.${key}`, v);
  push(out, 'style.seal.label', style.seal.label);
  return out;
}
