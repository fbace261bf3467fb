import { connectionOptions } from '../../src/infrastructure/sequelize/connection-options';
import { mysqlClient } from './mysql-client';
import { postgresClient } from './postgres-client';
import { sqliteClient } from './sqlite-client';

export type Dialect = 'sqlite' | 'mysql' | 'postgres';

/** Statements written once for every dialect: `?` placeholders, unquoted lower-case names. */
export interface SqlSession {
  readonly dialect: Dialect;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a write; answers how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs an INSERT into a table with an `id` key; answers the new id. */
  insert(sql: string, params?: unknown[]): Promise<number>;
}

export interface SqlClient extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** As many connections as the service's Sequelize pool holds, so that neither side queues more. */
export const POOL_SIZE = 10;

/** A plain driver connection to the database of a DATABASE_URL, with no ORM in between. */
export function sqlClient(databaseUrl: string): Promise<SqlClient> {
  const options = connectionOptions(databaseUrl);
  switch (options.dialect) {
    case 'sqlite':
      return sqliteClient(options.storage ?? ':memory:');
    case 'mysql':
      return mysqlClient(options);
    case 'postgres':
      return postgresClient(databaseUrl);
  }
}
