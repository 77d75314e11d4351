// What the importer must know about the database: the codes already in the batch (duplicates)
// and the enterprises already on file (kept, not doubled).
import { Dexie } from 'dexie';
import type { Enterprise, Id } from '../../../shared/model';
import type { XinpingDb } from '../../db/schema';

/** Normalised credit codes of the batch's dossiers, read from the [batchId+creditCode] index. */
export async function batchCreditCodes(db: XinpingDb, batchId: Id): Promise<Set<string>> {
  const keys = await db.dossiers.where('[batchId+creditCode]').between([batchId, Dexie.minKey], [batchId, Dexie.maxKey], true, true).keys();
  return new Set(keys.map((key) => (Array.isArray(key) ? String(key[1]) : String(key))));
}

/** Stored enterprises with these codes, by code (the first stored, should one be doubled). */
export async function enterprisesByCode(db: XinpingDb, codes: readonly string[]): Promise<Map<string, Enterprise>> {
  const found = codes.length === 0 ? [] : await db.enterprises.where('creditCode').anyOf([...new Set(codes)]).toArray();
  const byCode = new Map<string, Enterprise>();
  for (const enterprise of found.sort((a, b) => (a.id < b.id ? -1 : 1))) if (!byCode.has(enterprise.creditCode)) byCode.set(enterprise.creditCode, enterprise);
  return byCode;
}
