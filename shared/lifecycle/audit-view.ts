// The audit view: filtering entries and exporting them as rows (a CSV or spreadsheet writer takes
// it from there). before/after are exported as canonical JSON so the export can be re-hashed.
import { canonicalJson } from '../canonical';
import { err, ok, userError, type Result } from '../errors';
import type { AuditEntry, IsoInstant, Role } from '../model';

export type AuditFilter = {
  /** Table name, e.g. 'dossiers', 'objections', 'certificates'. */
  readonly entity?: string;
  readonly entityId?: string;
  readonly actor?: string;
  /** An action or a prefix of dotted actions: 'objection' matches 'objection.uphold'. */
  readonly action?: string;
  /** Instants, from inclusive, to exclusive (the UI turns local days into instants). */
  readonly from?: IsoInstant;
  readonly to?: IsoInstant;
};

/** An instant as stored (`toISOString`), so index ranges compare like with like; a bad one is an error. */
export function normaliseInstant(text: string, field: 'from' | 'to'): Result<IsoInstant> {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return err(userError('audit.filter_time', `时间“${text}”无效`, `"${text}" is not a valid time`, { field }));
  return ok(new Date(time).toISOString());
}

export function matchesAction(action: string, wanted: string): boolean {
  return action === wanted || action.startsWith(`${wanted}.`);
}

export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.entity !== undefined && entry.entity !== filter.entity) return false;
  if (filter.entityId !== undefined && entry.entityId !== filter.entityId) return false;
  if (filter.actor !== undefined && entry.actor !== filter.actor) return false;
  if (filter.action !== undefined && !matchesAction(entry.action, filter.action)) return false;
  const at = Date.parse(entry.at);
  if (filter.from !== undefined && at < Date.parse(filter.from)) return false;
  if (filter.to !== undefined && at >= Date.parse(filter.to)) return false;
  return true;
}

export const AUDIT_EXPORT_HEADER: readonly string[] = [
  '序号 Seq', '时间 Time (UTC)', '操作人 Actor', '角色 Role', '操作 Action', '对象 Entity', '对象编号 Entity id', '变更前 Before', '变更后 After', '上一哈希 Previous hash', '哈希 Hash',
];

/** Header plus one row per entry, every cell a string. */
export function auditExportRows(entries: readonly AuditEntry[]): string[][] {
  const rows = entries.map((e) => [
    String(e.seq), e.at, e.actor, e.role, e.action, e.entity, e.entityId, canonicalJson(e.before ?? null), canonicalJson(e.after ?? null), e.prevHash, e.hash,
  ]);
  return [[...AUDIT_EXPORT_HEADER], ...rows];
}

const ROLES: readonly Role[] = ['reviewer', 'staff', 'supervisor'];

function isRole(text: string): text is Role {
  return ROLES.some((r) => r === text);
}

function parseJsonCell(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * An exported log (the rows of its CSV or XLSX) back into entries, in file order, so anyone holding
 * the file can re-check the chain; a cell that cannot be read is named by row and column.
 */
export function auditEntriesFromRows(rows: readonly (readonly string[])[], fileName: string): Result<AuditEntry[]> {
  const [header = [], ...body] = rows;
  if (AUDIT_EXPORT_HEADER.some((h, i) => (header[i] ?? '').trim() !== h)) {
    return err(userError('audit.file_header', `${fileName} 不是审计日志的导出文件：第 1 行应为“${AUDIT_EXPORT_HEADER.join('，')}”`, `${fileName} is not an exported audit log: row 1 should read "${AUDIT_EXPORT_HEADER.join(', ')}"`, { file: fileName, row: 1 }));
  }
  const entries: AuditEntry[] = [];
  for (const [i, cells] of body.entries()) {
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 2;
    const bad = (column: number, zh: string, en: string): Result<never> =>
      err(userError('audit.file_cell', `${fileName} 第 ${row} 行“${AUDIT_EXPORT_HEADER[column] ?? ''}”${zh}`, `${fileName} row ${row}, "${AUDIT_EXPORT_HEADER[column] ?? ''}": ${en}`, { file: fileName, row, field: AUDIT_EXPORT_HEADER[column] ?? '' }));
    const [seq = '', at = '', actor = '', role = '', action = '', entity = '', entityId = '', before = '', after = '', prevHash = '', hash = ''] = cells;
    if (!/^\d+$/.test(seq)) return bad(0, '不是序号', 'not a sequence number');
    if (!isRole(role)) return bad(3, '不是已知角色', 'not a known role');
    const beforeValue = parseJsonCell(before);
    if (!beforeValue.ok) return bad(7, '不是有效的 JSON', 'not valid JSON');
    const afterValue = parseJsonCell(after);
    if (!afterValue.ok) return bad(8, '不是有效的 JSON', 'not valid JSON');
    entries.push({ seq: Number(seq), at, actor, role, action, entity, entityId, before: beforeValue.value, after: afterValue.value, prevHash, hash });
  }
  return ok(entries);
}
