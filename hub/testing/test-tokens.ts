// Fixed tokens for tests and benches only: their plaintexts are public, so they are written only
// into throwaway test databases (the PGlite template, a test PostgreSQL database).
import type { SqlQuery } from '../db/sql';
import { hashToken, type HubRole } from '../tokens';

export const BATCH = 'b-2015-3';
export const OTHER_BATCH = 'b-2015-4';

type TestToken = { readonly id: string; readonly token: string; readonly user: string; readonly role: HubRole; readonly batchIds: readonly string[] };

export const TEST_TOKENS = {
  zhang: { id: 't-zhang', token: 'xph_test-reviewer-zhangsan', user: '张三', role: 'reviewer', batchIds: [BATCH] },
  li: { id: 't-li', token: 'xph_test-reviewer-lisi', user: '李四', role: 'reviewer', batchIds: [BATCH] },
  wang: { id: 't-wang', token: 'xph_test-reviewer-wangwu', user: '王五', role: 'reviewer', batchIds: [OTHER_BATCH] },
  supervisor: { id: 't-sup', token: 'xph_test-supervisor-all', user: '王主管', role: 'supervisor', batchIds: [] },
  otherSupervisor: { id: 't-sup2', token: 'xph_test-supervisor-other', user: '赵主管', role: 'supervisor', batchIds: [OTHER_BATCH] },
} as const satisfies Record<string, TestToken>;

export async function seedTestTokens(sql: SqlQuery): Promise<void> {
  for (const t of Object.values(TEST_TOKENS)) {
    await sql.query('insert into tokens (id, token_hash, user_name, role, batch_ids) values ($1, $2, $3, $4, $5::text::jsonb) on conflict (id) do nothing', [
      t.id,
      hashToken(t.token),
      t.user,
      t.role,
      JSON.stringify(t.batchIds),
    ]);
  }
}
