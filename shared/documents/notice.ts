// 公示通知: the initial results put up for public notice, as 中国质量检验协会 published them on
// 2015-07-13 — body, notice period, how to object, contacts, issuer and date with seal, then the
// result tables (one per evaluation type) as the attachment.
import type { Result, UserError } from '../errors';
import { assemble, signatureBlock, snapshotValues, tablesBlock, titleAndBody } from './compose';
import { joinZh } from './format';
import type { Block, DocumentModel } from './layout-model';
import type { PageStyle } from './page-style';
import type { ContactBlock, DocumentSnapshot } from './snapshot';
import type { ContactTemplate, DocumentTemplate } from './template';

/** "联系人：郝加勇、章娜；" … "信箱：caqixp@163.com。" — every line but the last ends with "；". */
export function contactLines(contact: ContactBlock, labels: ContactTemplate): string[] {
  const parts: [string, string][] = [
    [labels.people, joinZh(contact.people)],
    [labels.phones, joinZh(contact.phones)],
  ];
  if (contact.faxes.length > 0) parts.push([labels.faxes, joinZh(contact.faxes)]);
  parts.push([labels.address, contact.postcode ? `${contact.address}，${contact.postcode}` : contact.address]);
  if (contact.email) parts.push([labels.email, contact.email]);
  return parts.map(([label, value], i) => `${label}：${value}${i === parts.length - 1 ? '。' : '；'}`);
}

export function buildNotice(snapshot: DocumentSnapshot, template: DocumentTemplate, style: PageStyle): Result<DocumentModel, readonly UserError[]> {
  const errors: UserError[] = [];
  const values = snapshotValues(snapshot, template);
  const blocks: Block[] = titleAndBody(template, values, errors);
  if (template.contact) {
    blocks.push({ kind: 'heading', text: template.contact.heading });
    blocks.push({ kind: 'contact', lines: contactLines(snapshot.association.contact, template.contact) });
  }
  blocks.push(signatureBlock(snapshot));
  const tables = tablesBlock(snapshot, template, style, values, errors);
  if (tables) blocks.push(tables);
  return assemble(snapshot, template, style, values, blocks, errors);
}
