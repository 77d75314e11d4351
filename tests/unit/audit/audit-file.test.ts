import { describe, expect, it } from 'vitest';
import { chainEntries, GENESIS_HEAD, verifyAuditChain, type AuditDraft } from '../../../shared/audit';
import { auditEntriesFromRows, auditExportRows } from '../../../shared/lifecycle/audit-view';

// An exported audit log read back (校验导出文件): the chain re-verifies from the file alone, and an
// edited, removed or reordered row is named.

function draft(i: number): AuditDraft {
  return { at: `2015-07-${10 + i}T08:00:00.000Z`, actor: '主管', role: 'supervisor', action: 'dossier.grade.approve', entity: 'dossiers', entityId: `d${i}`, before: { grade: null }, after: { grade: 'AA', note: '含 "引号", 逗号' } };
}

const rows = auditExportRows(chainEntries(GENESIS_HEAD, [1, 2, 3, 4].map(draft)));
const [header = [], ...body] = rows;

function check(file: readonly (readonly string[])[]): ReturnType<typeof verifyAuditChain> {
  const entries = auditEntriesFromRows(file, 'log.csv');
  if (!entries.ok) throw new Error(entries.error.zh);
  return verifyAuditChain(entries.value);
}

describe('auditEntriesFromRows', () => {
  it('reads an export back into entries whose chain verifies (blank trailing rows ignored)', () => {
    expect(check([...rows, ['']])).toMatchObject({ ok: true, count: 4 });
  });

  it('names the first edited, removed or reordered row', () => {
    const edited = body.map((r, i) => (i === 1 ? r.map((c, j) => (j === 2 ? '某人' : c)) : r));
    expect(check([header, ...edited])).toMatchObject({ ok: false, kind: 'edited', seq: 2 });
    expect(check([header, ...body.filter((_, i) => i !== 2)])).toMatchObject({ ok: false, kind: 'removed', seq: 3 });
    const [first, second, third, fourth] = body;
    expect(check([header, first!, third!, second!, fourth!])).toMatchObject({ ok: false, kind: 'reordered', seq: 3 });
  });

  it('refuses a file that is not an audit export, and names a bad cell by row and column', () => {
    const notAudit = auditEntriesFromRows([['企业名称', '统一社会信用代码']], 'applicants.csv');
    expect(notAudit).toMatchObject({ ok: false, error: { code: 'audit.file_header', at: { file: 'applicants.csv', row: 1 } } });
    const badJson = body.map((r, i) => (i === 2 ? r.map((c, j) => (j === 8 ? '{"grade":' : c)) : r));
    const result = auditEntriesFromRows([header, ...badJson], 'log.csv');
    expect(result).toMatchObject({ ok: false, error: { code: 'audit.file_cell', at: { row: 4, field: '变更后 After' } } });
    expect(result.ok ? '' : result.error.zh).toContain('log.csv 第 4 行“变更后 After”不是有效的 JSON');
    const badRole = body.map((r, i) => (i === 0 ? r.map((c, j) => (j === 3 ? 'admin' : c)) : r));
    expect(auditEntriesFromRows([header, ...badRole], 'log.csv')).toMatchObject({ ok: false, error: { at: { row: 2, field: '角色 Role' } } });
  });
});
