// One entry point: a request names the document kind and carries its snapshot; templates and
// page style default to the bundled ones.
import { err, userError, type Result, type UserError } from '../errors';
import type { DocumentKind } from '../model';
import { buildAnnouncement } from './announcement';
import { defaultPageStyle, defaultTemplates } from './default-templates';
import type { DocumentModel } from './layout-model';
import { buildNotice } from './notice';
import type { PageStyle } from './page-style';
import { buildResultLetter, type LetterTarget } from './result-letter';
import { buildResultTable } from './result-table';
import type { DocumentSnapshot } from './snapshot';
import type { DocumentTemplate } from './template';

export type DocumentRequest = {
  readonly kind: DocumentKind;
  readonly snapshot: DocumentSnapshot;
  /** Required for result letters: which enterprise. */
  readonly letter?: LetterTarget;
  readonly template?: DocumentTemplate;
  readonly style?: PageStyle;
};

export function templateFor(request: DocumentRequest): DocumentTemplate {
  return request.template ?? defaultTemplates[request.kind];
}

export function buildDocument(request: DocumentRequest): Result<DocumentModel, readonly UserError[]> {
  const template = templateFor(request);
  const style = request.style ?? defaultPageStyle;
  if (template.kind !== request.kind) {
    return err([userError('template.wrong_kind', `模板用于“${template.kind}”，不能生成“${request.kind}”`, `the template is for "${template.kind}", not "${request.kind}"`, { field: 'template' })]);
  }
  switch (request.kind) {
    case 'notice': return buildNotice(request.snapshot, template, style);
    case 'announcement': return buildAnnouncement(request.snapshot, template, style);
    case 'result_table': return buildResultTable(request.snapshot, template, style);
    case 'result_letter':
      if (!request.letter) return err([userError('document.letter_target', '请指定通知书所对应的企业', 'choose the enterprise the letter is for', { field: 'letter' })]);
      return buildResultLetter(request.snapshot, request.letter, template, style);
  }
}
