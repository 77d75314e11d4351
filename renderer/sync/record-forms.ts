// Records as they travel (shared/ shapes) versus as they are stored (renderer/db rows), and the
// content hash that identifies one version of a record on every workstation and on the hub.
import { contentHash } from '../../shared/canonical';
import type { SyncedTable } from '../../shared/bundle/format';
import type { BundleRecords } from '../../shared/bundle/record-schemas';
import type { AttachmentRow } from '../db/rows';
import { fromDossierRow, type DossierRow, type Rows } from '../db/rows';
import type { XinpingDb } from '../db/schema';

export type SharedRecord<T extends SyncedTable = SyncedTable> = BundleRecords[T][number];

/** The travelling form of a stored row: no denormalised columns, no bytes (those go by hash). */
export function sharedForm<T extends SyncedTable>(table: T, row: Rows[T]): SharedRecord<T>;
export function sharedForm(table: SyncedTable, row: Rows[SyncedTable]): SharedRecord {
  if (table === 'dossiers') return fromDossierRow(row as DossierRow);
  if (table === 'attachments') {
    const { blob: _blob, ...meta } = row as AttachmentRow;
    return meta;
  }
  if (table === 'documents') {
    const { bytes: _bytes, ...meta } = row as Rows['documents'];
    return meta;
  }
  // Stored by dossier; travels with that key as its id, like every other synced record.
  if (table === 'assessments') return { ...(row as Rows['assessments']), id: (row as Rows['assessments']).dossierId };
  return row as SharedRecord;
}

/** The stored form of a travelling assessment (the id is its dossier id, already the key). */
export function storedAssessment(record: SharedRecord<'assessments'>): Rows['assessments'] {
  const { id: _id, ...stored } = record;
  return stored;
}

/** SHA-256 of the record's canonical JSON: one version of one record. */
export function recordHash(record: SharedRecord): string {
  return contentHash(record);
}

/** Local records of `table` with these ids, in their travelling form (undefined where absent). */
export async function localRecords(db: XinpingDb, table: SyncedTable, ids: readonly string[]): Promise<(SharedRecord | undefined)[]> {
  const rows = await db.table<Rows[SyncedTable], string>(table).bulkGet([...ids]);
  return rows.map((row) => (row === undefined ? undefined : sharedForm(table, row)));
}
