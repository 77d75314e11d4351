// The audit view: entries filtered by record, actor, action and time, read through the narrowest
// index the filter allows (v4 indexes actor, action and at), oldest first unless asked otherwise.
import type { Collection } from 'dexie';
import { auditExportRows, matchesAuditFilter, normaliseInstant, type AuditFilter } from '../../shared/lifecycle/audit-view';
import type { AuditEntry } from '../../shared/model';
import type { XinpingDb } from '../db/schema';
import { fail } from './context';

export type AuditQuery = AuditFilter & {
  readonly order?: 'asc' | 'desc';
  /** At most this many entries (after filtering). */
  readonly limit?: number;
};

function candidates(db: XinpingDb, filter: AuditFilter): Collection<AuditEntry, number> {
  if (filter.entity !== undefined && filter.entityId !== undefined) return db.audit.where('[entity+entityId]').equals([filter.entity, filter.entityId]);
  if (filter.actor !== undefined) return db.audit.where('actor').equals(filter.actor);
  // 'objection' must match 'objection' and 'objection.*', so start at the prefix
  if (filter.action !== undefined) return db.audit.where('action').startsWith(filter.action);
  if (filter.from !== undefined || filter.to !== undefined) {
    return db.audit.where('at').between(filter.from ?? '', filter.to ?? '\uffff', true, false);
  }
  return db.audit.toCollection();
}

function instant(text: string | undefined, field: 'from' | 'to'): string | undefined {
  if (text === undefined) return undefined;
  const parsed = normaliseInstant(text, field);
  return parsed.ok ? parsed.value : fail(parsed.error);
}

/** Entries matching every filter given; a malformed time is refused, never read as "no limit". */
export async function auditEntries(db: XinpingDb, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const from = instant(query.from, 'from');
  const to = instant(query.to, 'to');
  const filter: AuditFilter = { ...query, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  const rows = await candidates(db, filter).filter((e) => matchesAuditFilter(e, filter)).toArray();
  rows.sort((a, b) => (query.order === 'desc' ? b.seq - a.seq : a.seq - b.seq));
  return query.limit === undefined ? rows : rows.slice(0, query.limit);
}

/** The filtered entries as rows (header first) for CSV or spreadsheet export. */
export async function auditExport(db: XinpingDb, query: AuditQuery = {}): Promise<string[][]> {
  return auditExportRows(await auditEntries(db, query));
}

export { auditExportRows } from '../../shared/lifecycle/audit-view';
