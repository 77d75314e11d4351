// 评价结果通知书: one letter per enterprise, naming its grade, certificate and validity.
import { err, userError, type Result, type UserError } from '../errors';
import { assemble, evaluationTypeLabel, signatureBlock, snapshotValues, titleAndBody } from './compose';
import { formatZhDate, validUntil } from './format';
import type { Block, DocumentModel } from './layout-model';
import type { PageStyle } from './page-style';
import type { DocumentSnapshot } from './snapshot';
import type { DocumentTemplate } from './template';

export type LetterTarget = { readonly sectionIndex: number; readonly rowIndex: number };

export function buildResultLetter(snapshot: DocumentSnapshot, target: LetterTarget, template: DocumentTemplate, style: PageStyle): Result<DocumentModel, readonly UserError[]> {
  const section = snapshot.results[target.sectionIndex];
  const row = section?.rows[target.rowIndex];
  if (!section || !row) {
    const path = `results[${target.sectionIndex}].rows[${target.rowIndex}]`;
    return err([userError('document.no_such_row', `结果表中没有 ${path}`, `there is no ${path} in the results`, { path })]);
  }
  const years = Number(template.values.validityYears ?? 3);
  const until = validUntil(snapshot.issuedOn, years);
  if (!until.ok) return err([until.error]);
  const errors: UserError[] = [];
  const values = {
    ...snapshotValues(snapshot, template),
    enterpriseName: row.name,
    grade: row.grade,
    evaluationType: evaluationTypeLabel(style, section.evaluationType),
    creditCode: row.creditCode,
    certificateNumber: row.certificateNumber,
    validityYears: years,
    validFrom: formatZhDate(snapshot.issuedOn),
    validUntil: formatZhDate(until.value),
  };
  const blocks: Block[] = [...titleAndBody(template, values, errors), signatureBlock(snapshot)];
  return assemble(snapshot, template, style, values, blocks, errors);
}
