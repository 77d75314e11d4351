// Messages between the import dialog (or the export button) and the import worker.
import type { UserError } from '../../../shared/errors';
import type { Acceptance } from '../../../shared/import/decide';
import type { ColumnMapping } from '../../../shared/import/header';
import type { ImportIssue } from '../../../shared/import/issues';
import type { ImportSummary, RowStatus } from '../../../shared/import/plan';
import type { RowValues } from '../../../shared/import/check-row';
import type { SheetFormat } from '../../../shared/import/sheet';
import type { EvaluationType, Id } from '../../../shared/model';
import type { Actor } from '../../db/write';

export type SheetInfo = {
  readonly fileName: string;
  readonly format: SheetFormat;
  readonly sheetName?: string;
  readonly encoding?: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly dataRows: number;
  /** The first data rows, as text, for the mapping step. */
  readonly sample: readonly (readonly string[])[];
};

export type PreviewRow = { readonly row: number; readonly status: RowStatus; readonly values: RowValues };

export type ImportPreview = {
  readonly summary: ImportSummary;
  /** Of the rows to import, how many enterprises are already on file (kept, details updated). */
  readonly knownEnterprises: number;
  readonly issues: readonly ImportIssue[];
  /** Rows with a checksum warning, for the staff member to accept or leave out. */
  readonly warnings: readonly PreviewRow[];
  readonly sample: readonly PreviewRow[];
};

export type ImportOutcome = {
  readonly imported: number;
  readonly enterprisesCreated: number;
  readonly enterprisesUpdated: number;
  readonly accepted: number;
  readonly skipped: number;
  readonly lateDuplicates: number;
};

export type WorkerRequest =
  | { readonly type: 'read'; readonly id: number; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly type: 'preview'; readonly id: number; readonly batchId: Id; readonly mapping: ColumnMapping }
  | { readonly type: 'commit'; readonly id: number; readonly batchId: Id; readonly evaluationType: EvaluationType; readonly acceptances: readonly Acceptance[]; readonly actor: Actor }
  | { readonly type: 'report'; readonly id: number }
  | { readonly type: 'export'; readonly id: number; readonly batchId: Id }
  | { readonly type: 'cancel' };

export type ProgressPhase = 'reading' | 'checking' | 'writing' | 'exporting';

export type WorkerReply =
  | { readonly type: 'progress'; readonly id: number; readonly phase: ProgressPhase; readonly done: number; readonly total: number }
  | { readonly type: 'read'; readonly id: number; readonly info: SheetInfo }
  | { readonly type: 'preview'; readonly id: number; readonly preview: ImportPreview }
  | { readonly type: 'committed'; readonly id: number; readonly outcome: ImportOutcome }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'file'; readonly id: number; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly type: 'failed'; readonly id: number; readonly error: UserError };
