// 评价结果表: the result tables on their own (title, one table per evaluation type, issuer and seal),
// and the same rows flattened for spreadsheets.
import type { Result, UserError } from '../errors';
import { assemble, evaluationTypeLabel, signatureBlock, snapshotValues, tablesBlock, titleAndBody } from './compose';
import type { Block, DocumentModel } from './layout-model';
import type { PageStyle } from './page-style';
import type { DocumentSnapshot } from './snapshot';
import type { DocumentTemplate } from './template';

export function buildResultTable(snapshot: DocumentSnapshot, template: DocumentTemplate, style: PageStyle): Result<DocumentModel, readonly UserError[]> {
  const errors: UserError[] = [];
  const values = snapshotValues(snapshot, template);
  // the tables carry their own title; the body (if a template adds one) goes first
  const body = titleAndBody(template, values, errors).filter((b) => b.kind !== 'title');
  const blocks: Block[] = [...body];
  const tables = tablesBlock(snapshot, template, style, values, errors);
  if (tables) blocks.push(tables);
  blocks.push(signatureBlock(snapshot));
  return assemble(snapshot, template, style, values, blocks, errors);
}

export type FlatTable = { readonly sheetTitle: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** One table per evaluation type with every column (empty cells where a value is absent). */
export function flatResultTables(snapshot: DocumentSnapshot, style: PageStyle): FlatTable[] {
  const c = style.columns;
  return snapshot.results.map((section) => ({
    sheetTitle: evaluationTypeLabel(style, section.evaluationType),
    headers: [c.index, c.name, c.grade, c.creditCode, c.certificateNumber],
    rows: section.rows.map((r, i) => [String(i + 1), r.name, r.grade, r.creditCode ?? '', r.certificateNumber ?? '']),
  }));
}
