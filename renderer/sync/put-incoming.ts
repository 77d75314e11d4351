// Writes incoming records (travelling form) into the database inside a write(): enterprises
// before the dossiers that name them, dossier rows re-denormalised, attachment and document
// bytes joined back from the bundle's files.
import type { SyncedTable } from '../../shared/bundle/format';
import { userError, XinpingError } from '../../shared/errors';
import type { AttachmentMeta } from '../../shared/model';
import type { DocumentMeta } from '../../shared/bundle/record-schemas';
import { putDossiers, putEnterprise } from '../db/records';
import type { Rows } from '../db/rows';
import type { WriteScope } from '../db/write';
import { storedAssessment, type SharedRecord } from './record-forms';

export type Incoming = { readonly table: SyncedTable; readonly record: SharedRecord };

const ORDER: readonly SyncedTable[] = [
  'batches',
  'checklists',
  'gradeScales',
  'enterprises',
  'dossiers',
  'scoreSheets',
  'objections',
  'attachments',
  'documents',
  'screenings',
  'assessments',
  'noticeReleases',
  'noticeCorrections',
  'certificates',
];

type PlainTable = 'batches' | 'checklists' | 'gradeScales' | 'scoreSheets' | 'objections' | 'screenings' | 'noticeReleases' | 'noticeCorrections' | 'certificates';

function of<T extends SyncedTable>(incoming: readonly Incoming[], table: T): SharedRecord<T>[] {
  // Incoming pairs each record with its own table, so the filter narrows soundly.
  return incoming.filter((i) => i.table === table).map((i) => i.record as SharedRecord<T>);
}

function bytesFor(files: ReadonlyMap<string, Uint8Array>, meta: AttachmentMeta | DocumentMeta, table: SyncedTable): Uint8Array {
  const bytes = files.get(meta.sha256);
  if (bytes) return bytes;
  throw new XinpingError(userError('sync.file_missing', `记录 ${table}/${meta.id} 的文件内容缺失`, `the file for record ${table}/${meta.id} is missing`, { field: table, path: meta.id }));
}

export async function putIncoming(scope: WriteScope, incoming: readonly Incoming[], files: ReadonlyMap<string, Uint8Array>, action: string): Promise<void> {
  for (const table of ORDER) {
    if (table === 'enterprises') {
      const enterprises = of(incoming, 'enterprises');
      const existing = await scope.db.enterprises.bulkGet(enterprises.map((e) => e.id));
      const fresh = enterprises.filter((_, i) => existing[i] === undefined);
      if (fresh.length > 0) await scope.bulkPut('enterprises', fresh, action);
      // A changed enterprise also refreshes the names on its dossiers.
      for (const e of enterprises.filter((_, i) => existing[i] !== undefined)) await putEnterprise(scope, e);
    } else if (table === 'dossiers') {
      const dossiers = of(incoming, 'dossiers');
      if (dossiers.length > 0) await putDossiers(scope, dossiers);
    } else if (table === 'attachments') {
      const rows: Rows['attachments'][] = of(incoming, 'attachments').map((a) => ({ ...a, blob: new Blob([bytesFor(files, a, table).slice()], { type: a.mimeType }) }));
      if (rows.length > 0) await scope.bulkPut('attachments', rows, action);
    } else if (table === 'documents') {
      const rows: Rows['documents'][] = of(incoming, 'documents').map((d) => ({ ...d, bytes: bytesFor(files, d, table) }));
      if (rows.length > 0) await scope.bulkPut('documents', rows, action);
    } else if (table === 'assessments') {
      await putSome(scope, 'assessments', of(incoming, 'assessments').map(storedAssessment), action);
    } else {
      await putPlain(scope, table, incoming, action);
    }
  }
}

async function putPlain(scope: WriteScope, table: PlainTable, incoming: readonly Incoming[], action: string): Promise<void> {
  switch (table) {
    case 'batches':
      return putSome(scope, 'batches', of(incoming, 'batches'), action);
    case 'checklists':
      return putSome(scope, 'checklists', of(incoming, 'checklists'), action);
    case 'gradeScales':
      return putSome(scope, 'gradeScales', of(incoming, 'gradeScales'), action);
    case 'scoreSheets':
      return putSome(scope, 'scoreSheets', of(incoming, 'scoreSheets'), action);
    case 'objections':
      return putSome(scope, 'objections', of(incoming, 'objections'), action);
    case 'screenings':
      return putSome(scope, 'screenings', of(incoming, 'screenings'), action);
    case 'noticeReleases':
      return putSome(scope, 'noticeReleases', of(incoming, 'noticeReleases'), action);
    case 'noticeCorrections':
      return putSome(scope, 'noticeCorrections', of(incoming, 'noticeCorrections'), action);
    case 'certificates':
      return putSome(scope, 'certificates', of(incoming, 'certificates'), action);
  }
}

async function putSome<N extends PlainTable | 'assessments'>(scope: WriteScope, table: N, rows: readonly Rows[N][], action: string): Promise<void> {
  if (rows.length > 0) await scope.bulkPut(table, rows, action);
}

export const INCOMING_TABLES = ORDER;
