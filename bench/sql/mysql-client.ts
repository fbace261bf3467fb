import mysql, { type PoolConnection, type ResultSetHeader, type RowDataPacket } from 'mysql2/promise';
import type { ConnectionOptions } from '../../src/infrastructure/sequelize/connection-options';
import { POOL_SIZE, type SqlClient, type SqlSession } from './sql-client';

// Text protocol like Sequelize's, so that neither side gets prepared statements the other lacks.
type Queryable = Pick<PoolConnection, 'query'>;

function session(connection: Queryable): SqlSession {
  return {
    dialect: 'mysql',
    rows: async <T>(sql: string, params: unknown[] = []) => {
      const [rows] = await connection.query<RowDataPacket[]>(sql, params);
      return rows as T[];
    },
    run: async (sql, params = []) => {
      const [header] = await connection.query<ResultSetHeader>(sql, params);
      return header.affectedRows;
    },
    insert: async (sql, params = []) => {
      const [header] = await connection.query<ResultSetHeader>(sql, params);
      return header.insertId;
    },
  };
}

export async function mysqlClient(options: ConnectionOptions): Promise<SqlClient> {
  const pool = mysql.createPool({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    connectionLimit: POOL_SIZE,
    timezone: 'Z',
    supportBigNumbers: true,
  });
  return {
    ...session(pool),
    transaction: async (work) => {
      const connection = await pool.getConnection();
      try {
        await connection.beginTransaction();
        const result = await work(session(connection));
        await connection.commit();
        return result;
      } catch (error) {
        await connection.rollback();
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
