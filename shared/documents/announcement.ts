// 公告: the final results after the notice period, with how objections were handled.
import { err, userError, type Result, type UserError } from '../errors';
import { assemble, fill, signatureBlock, snapshotValues, tablesBlock, titleAndBody } from './compose';
import type { Block, DocumentModel } from './layout-model';
import type { PageStyle } from './page-style';
import type { DocumentSnapshot } from './snapshot';
import type { DocumentTemplate } from './template';

export function buildAnnouncement(snapshot: DocumentSnapshot, template: DocumentTemplate, style: PageStyle): Result<DocumentModel, readonly UserError[]> {
  const errors: UserError[] = [];
  const base = snapshotValues(snapshot, template);
  const summary = template.objectionSummary;
  if (!snapshot.objections || !summary) {
    return err([userError('document.objections_missing', '公告需要公示期内的异议统计（收到几件、成立几件）', 'an announcement needs the objection tally for the notice period (received, upheld)', { field: 'objections' })]);
  }
  const { received, upheld } = snapshot.objections;
  const objectionSummary = received === 0
    ? fill(summary.none, base, `${template.kind}.objectionSummary.none`, errors)
    : fill(summary.some, { ...base, received, upheld }, `${template.kind}.objectionSummary.some`, errors);
  const values = { ...base, objectionSummary };
  const blocks: Block[] = titleAndBody(template, values, errors);
  blocks.push(signatureBlock(snapshot));
  const tables = tablesBlock(snapshot, template, style, values, errors);
  if (tables) blocks.push(tables);
  return assemble(snapshot, template, style, values, blocks, errors);
}
