// One problem found in an import, located the way the user will look for it: the row number
// their spreadsheet shows, the column letter and its header, in Chinese and English.
import type { UserError } from '../errors';
import { FIELD_LABELS, type FieldKey } from './fields';
import { columnLetter } from './sheet';

/** error / duplicate: the row is skipped. warning: skipped unless accepted. notice: imported, but look. */
export type IssueKind = 'error' | 'duplicate' | 'warning' | 'notice';

export type ImportIssue = UserError & {
  readonly kind: IssueKind;
  /** Column letter, e.g. "B". */
  readonly column?: string;
  /** The cell's text as read. */
  readonly value?: string;
};

export type CellPlace = {
  readonly file: string;
  readonly row: number;
  readonly col?: number;
  readonly header?: string;
  readonly field?: FieldKey;
};

type Message = { readonly code: string; readonly zh: string; readonly en: string };

export function placeZh(place: CellPlace): string {
  const row = `第 ${place.row} 行`;
  if (place.col === undefined) return row;
  const header = place.header?.trim() || (place.field ? FIELD_LABELS[place.field].zh : '');
  return `${row}，${columnLetter(place.col)} 列${header ? `“${header}”` : ''}`;
}

export function placeEn(place: CellPlace): string {
  const row = `Row ${place.row}`;
  if (place.col === undefined) return row;
  const header = place.header?.trim();
  const field = place.field ? FIELD_LABELS[place.field].en : '';
  const detail = [header ? `"${header}"` : '', field].filter(Boolean).join(', ');
  return `${row}, column ${columnLetter(place.col)}${detail ? ` (${detail})` : ''}`;
}

/** Wraps a message (e.g. from validateCreditCode) with where it happened. */
export function issueAt(kind: IssueKind, message: Message, place: CellPlace, value?: string): ImportIssue {
  const field = place.field ? FIELD_LABELS[place.field].zh : place.header;
  const issue: ImportIssue = {
    kind,
    code: message.code,
    zh: `${placeZh(place)}：${message.zh}`,
    en: `${placeEn(place)}: ${message.en}`,
    at: { file: place.file, row: place.row, ...(field ? { field } : {}) },
    ...(place.col === undefined ? {} : { column: columnLetter(place.col) }),
  };
  return value === undefined || value === '' ? issue : { ...issue, value };
}
