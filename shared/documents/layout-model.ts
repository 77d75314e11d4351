// A renderer-neutral description of a document: what is written, in which order, in which role.
// renderer/pdf turns it into pdfmake content; tests read it directly.
import type { DocumentKind, EvaluationType } from '../model';
import type { ColumnKey, PageStyle } from './page-style';

export type TableColumn = {
  readonly key: ColumnKey;
  readonly header: string;
  readonly align: 'left' | 'center';
};

export type TableSection = {
  readonly evaluationType: EvaluationType;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** One string per column; `rows[i][0]` is the 序号. */
  readonly rows: readonly (readonly string[])[];
  /** Index of the section in the snapshot's `results`, for error locations. */
  readonly sourceIndex: number;
};

export type TablesBlock = {
  readonly kind: 'tables';
  readonly label?: string;
  readonly title: string;
  readonly sections: readonly TableSection[];
  readonly density: 'standard' | 'dense';
  readonly columnGroups: 1 | 2 | 'auto';
  readonly isNewPage: boolean;
};

export type Block =
  | { readonly kind: 'title'; readonly lines: readonly string[] }
  | { readonly kind: 'salutation'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'contact'; readonly lines: readonly string[] }
  | { readonly kind: 'signature'; readonly issuer: string; readonly date: string }
  | TablesBlock;

export type SealSpec = {
  /** Written along the upper arc. */
  readonly arcText: string;
  /** Written straight, under the star. */
  readonly label: string;
  readonly diameterMm: number;
  readonly color: string;
};

export type DocumentModel = {
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly metadata: { readonly title: string; readonly author: string; readonly subject: string; readonly producer: string };
  readonly style: PageStyle;
  readonly blocks: readonly Block[];
  readonly seal: SealSpec;
};
