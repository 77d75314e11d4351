// A real PostgreSQL server through the `postgres` package (DATABASE_URL).
import postgres from 'postgres';
import type { Row, Sql, SqlParam, SqlQuery } from './sql';

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(client: Client): SqlQuery {
  return {
    async query<T extends Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
      const rows = await client.unsafe<T[]>(text, [...params]);
      return [...rows];
    },
    async exec(text: string): Promise<void> {
      await client.unsafe(text).simple();
    },
  };
}

export async function openPostgres(url: string): Promise<Sql> {
  const sql = postgres(url, { max: 10, onnotice: () => undefined, connection: { application_name: 'xinping-hub' } });
  await sql`select 1`;
  return {
    kind: 'postgres',
    ...wrap(sql),
    async transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T> {
      // postgres.js types begin()'s result as UnwrapPromiseArray<T>; for a non-array T it is T.
      return (await sql.begin((tx) => fn(wrap(tx)))) as T;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
