import { createRequire } from 'node:module';
import { POOL_SIZE, type SqlClient, type SqlSession } from './sql-client';

interface Result {
  rows: Record<string, unknown>[];
  rowCount: number | null;
}
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<Result>;
}
interface PoolClient extends Queryable {
  release(): void;
}
interface Pool extends Queryable {
  connect(): Promise<PoolClient>;
  end(): Promise<void>;
}

// pg ships no type declarations and the project has no @types/pg: the few calls used are typed here.
const { Pool } = createRequire(__filename)('pg') as { Pool: new (config: object) => Pool };

/** `?` placeholders become `$1`, `$2`...: the statements here hold no literal question marks. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function session(connection: Queryable): SqlSession {
  return {
    dialect: 'postgres',
    rows: async <T>(sql: string, params: unknown[] = []) => (await connection.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => (await connection.query(numbered(sql), params)).rowCount ?? 0,
    insert: async (sql, params = []) => {
      const { rows } = await connection.query(`${numbered(sql)} RETURNING id`, params);
      return Number(rows[0]!.id);
    },
  };
}

export async function postgresClient(databaseUrl: string): Promise<SqlClient> {
  const pool = new Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  return {
    ...session(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(session(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
