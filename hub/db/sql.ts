// One small query interface over PGlite (embedded, the default) and PostgreSQL (DATABASE_URL).
// Parameters are $1, $2…; rows come back as plain objects. Keep SQL to what both accept.

export type SqlParam = string | number | boolean | null;
export type Row = Record<string, unknown>;

export type SqlQuery = {
  query<T extends Row = Row>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
};

export type Sql = SqlQuery & {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all of it commits, or none. */
  transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Timestamps arrive as Date from both drivers; text from some casts. */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new Error(`not a timestamp: ${String(value)}`);
}

/** int8 arrives as string from postgres.js and as number from PGlite. */
export function numberOf(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(value)}`);
  return n;
}

/** json/jsonb arrives parsed from both drivers, but text from some setups. */
export function jsonOf(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
