import type sqlite3 from 'sqlite3';
import { sqliteDriver } from '../../src/infrastructure/sequelize/sqlite-driver';
import type { SqlClient, SqlSession } from './sql-client';

type Connection = sqlite3.Database;

/** Timestamps as Sequelize writes them to SQLite, so that both sides read back the same text. */
const sqliteTimestamp = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', ' +00:00');
const bound = (params: unknown[]) => params.map((value) => (value instanceof Date ? sqliteTimestamp(value) : value));

function open(file: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const { Database, OPEN_READWRITE } = sqliteDriver();
    const connection: Connection = new Database(file, OPEN_READWRITE, (error) =>
      error ? reject(error) : resolve(connection),
    );
  });
}

function session(connection: Connection): SqlSession {
  return {
    dialect: 'sqlite',
    rows: <T>(sql: string, params: unknown[] = []) =>
      new Promise<T[]>((resolve, reject) =>
        connection.all(sql, bound(params), (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
      ),
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        connection.run(sql, bound(params), function (error) {
          return error ? reject(error) : resolve(this.changes);
        }),
      ),
    insert: (sql, params = []) =>
      new Promise((resolve, reject) =>
        connection.run(sql, bound(params), function (error) {
          return error ? reject(error) : resolve(this.lastID);
        }),
      ),
  };
}

// As many as libuv has threads to run their statements on; more would only wait for a thread.
const READERS = 4;

/**
 * Lends each read a connection of its own. A second statement on a busy connection would
 * block the event loop: sqlite3 finalizes statements on the main thread, which then waits for
 * the connection's mutex until the first statement is done.
 */
function readerPool(readers: SqlSession[]): SqlSession['rows'] {
  const idle = [...readers];
  const waiting: ((reader: SqlSession) => void)[] = [];
  const release = (reader: SqlSession) => {
    const next = waiting.shift();
    if (next) next(reader);
    else idle.push(reader);
  };
  return async <T>(sql: string, params?: unknown[]) => {
    const reader = idle.pop() ?? (await new Promise<SqlSession>((resolve) => waiting.push(resolve)));
    try {
      return await reader.rows<T>(sql, params);
    } finally {
      release(reader);
    }
  };
}

/**
 * Reads on a few connections, and one connection for transactions, which run one at a time:
 * SQLite has a single writer, and the write-ahead log lets the readers go on meanwhile.
 */
export async function sqliteClient(file: string): Promise<SqlClient> {
  const connections = await Promise.all(Array.from({ length: READERS + 1 }, () => open(file)));
  await Promise.all(connections.map((connection) => session(connection).run('PRAGMA foreign_keys = ON')));
  const [writes, ...readers] = connections.map(session) as [SqlSession, ...SqlSession[]];
  let queue: Promise<unknown> = Promise.resolve();
  const inTransaction = async <T>(work: (inside: SqlSession) => Promise<T>): Promise<T> => {
    await writes.run('BEGIN IMMEDIATE');
    try {
      const result = await work(writes);
      await writes.run('COMMIT');
      return result;
    } catch (error) {
      await writes.run('ROLLBACK');
      throw error;
    }
  };
  // A write outside a transaction waits its turn too, or it would land in another's transaction.
  const transaction = <T>(work: (inside: SqlSession) => Promise<T>): Promise<T> => {
    const result = queue.then(() => inTransaction(work));
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    dialect: 'sqlite',
    rows: readerPool(readers),
    run: (sql, params) => transaction((inside) => inside.run(sql, params)),
    insert: (sql, params) => transaction((inside) => inside.insert(sql, params)),
    transaction,
    close: async () => {
      await Promise.all(connections.map((connection) => new Promise((resolve) => connection.close(resolve))));
    },
  };
}
