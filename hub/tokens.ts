// Bearer tokens: random, shown once when issued, stored only as SHA-256. A token names one user,
// one role and the batches it may touch (none listed = all, which reviewers may not have).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Sql } from './db/sql';
import { isoOf, jsonOf } from './db/sql';

export const HUB_ROLES = ['reviewer', 'staff', 'supervisor'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export type Principal = {
  readonly tokenId: string;
  readonly user: string;
  readonly role: HubRole;
  /** Empty: every batch. */
  readonly batchIds: readonly string[];
};

export type TokenInfo = Principal & { readonly createdAt: string; readonly revokedAt: string | null };

const TOKEN_PREFIX = 'xph_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const issueSchema = z
  .object({
    user: z.string().trim().min(1).max(100),
    role: z.enum(HUB_ROLES),
    batchIds: z.array(z.string().trim().min(1).max(200)).max(1000),
  })
  .refine((t) => t.role !== 'reviewer' || t.batchIds.length > 0, { message: '评审员令牌须指定批次 / a reviewer token must name its batches', path: ['batchIds'] });

export type IssueRequest = z.output<typeof issueSchema>;

export async function issueToken(sql: Sql, request: IssueRequest): Promise<{ token: string; info: TokenInfo }> {
  const parsed = issueSchema.parse(request);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomBytes(6).toString('hex');
  const rows = await sql.query(
    'insert into tokens (id, token_hash, user_name, role, batch_ids) values ($1, $2, $3, $4, $5::text::jsonb) returning id, user_name, role, batch_ids, created_at, revoked_at',
    [id, hashToken(token), parsed.user, parsed.role, JSON.stringify(parsed.batchIds)],
  );
  return { token, info: toInfo(rows[0] ?? {}) };
}

const rowSchema = z.object({ id: z.string(), user_name: z.string(), role: z.enum(HUB_ROLES), batch_ids: z.array(z.string()) });

function toInfo(row: Record<string, unknown>): TokenInfo {
  const r = rowSchema.parse({ ...row, batch_ids: jsonOf(row.batch_ids) });
  return { tokenId: r.id, user: r.user_name, role: r.role, batchIds: r.batch_ids, createdAt: isoOf(row.created_at), revokedAt: row.revoked_at ? isoOf(row.revoked_at) : null };
}

export async function findPrincipal(sql: Sql, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const rows = await sql.query('select id, user_name, role, batch_ids, created_at, revoked_at from tokens where token_hash = $1 and revoked_at is null', [hashToken(token)]);
  const row = rows[0];
  if (!row) return undefined;
  const { tokenId, user, role, batchIds } = toInfo(row);
  return { tokenId, user, role, batchIds };
}

export async function listTokens(sql: Sql): Promise<TokenInfo[]> {
  return (await sql.query('select id, user_name, role, batch_ids, created_at, revoked_at from tokens order by created_at, id')).map(toInfo);
}

export async function revokeToken(sql: Sql, id: string): Promise<boolean> {
  return (await sql.query('update tokens set revoked_at = now() where id = $1 and revoked_at is null returning id', [id])).length > 0;
}

export function canAccessBatch(p: Principal, batchId: string): boolean {
  return p.batchIds.length === 0 ? p.role !== 'reviewer' : p.batchIds.includes(batchId);
}
