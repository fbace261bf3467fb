import type { Sequelize, Transaction } from 'sequelize';
import type { SupportedDialect } from './connection-options';
import { asUnavailable } from './driver-errors';
import { numbered } from './placeholders';
import { DEADLINE_MESSAGE, socketOf } from './query-deadlines';

/** What a write did: how many rows it changed, and the key of the row an INSERT made. */
export interface Written {
  changed: number;
  insertId: number | undefined;
}

type Callback<T> = (error: Error | null, result: T) => void;

interface MysqlConnection {
  query(options: { sql: string; values: unknown[]; typeCast: unknown }, callback: Callback<unknown>): void;
}
interface PostgresClient {
  query(text: string, values: unknown[]): Promise<{ rows: object[]; rowCount: number | null }>;
}
interface SqliteConnection {
  all(sql: string, values: unknown[], callback: Callback<object[]>): void;
  run(sql: string, values: unknown[], callback: (this: { changes: number; lastID: number }, error: Error | null) => void): void;
}

// Sequelize gives its mysql2 connections a type cast of its own, run on every field; the driver's
// own parsing (DATETIME as a UTC Date, the connection's time zone being UTC) is what these statements want.
const driverTypes = (_field: unknown, next: () => unknown) => next();

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A timestamp as Sequelize writes it to SQLite, where it is text that must sort and compare as time. */
function sqliteTimestamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)} +00:00`
  );
}

/**
 * Hand-written statements sent straight to the driver connection, where going through the ORM
 * would cost more than the statement: on the current unit of work's connection when there is
 * one, otherwise on one borrowed from Sequelize's pool, so there is still one pool. Statements
 * are written once for every dialect, with `?` placeholders and unquoted lower-case names.
 * They get what Sequelize's queries get: the query deadline, the query log, and failures as
 * the driver reports them (see driver-errors.ts).
 */
export class Sql {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly dialect: SupportedDialect,
    private readonly currentTransaction: () => Transaction | undefined,
    private readonly deadlineMs: number,
    private readonly onQuery: ((sql: string, values: unknown[]) => void) | undefined,
  ) {}

  async select<Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.send(sql, values, true)).rows as Row[];
  }

  async write(sql: string, values: unknown[] = []): Promise<Written> {
    const { changed, insertId } = await this.send(sql, values, false);
    return { changed, insertId };
  }

  /** Runs an INSERT into a table keyed by `id`, answering the new row's id. */
  async insert(sql: string, values: unknown[] = []): Promise<number> {
    if (this.dialect === 'postgres') {
      const [row] = await this.select<{ id: number }>(`${sql} RETURNING id`, values);
      return Number(row!.id);
    }
    return Number((await this.write(sql, values)).insertId);
  }

  /** A transaction's own BEGIN, COMMIT or ROLLBACK, on the connection it holds (transaction-control.ts). */
  async control(connection: object, statement: string): Promise<void> {
    this.onQuery?.(statement, []);
    await this.sendWithDeadline(connection, statement, [], false);
  }

  private async send(sql: string, values: unknown[], reading: boolean): Promise<{ rows: object[]; changed: number; insertId: number | undefined }> {
    this.onQuery?.(sql, values);
    const transaction = this.currentTransaction() as { connection?: object; finished?: string } | undefined;
    // Its connection has gone back to the pool and may be another transaction's by now.
    if (transaction?.finished) throw new Error(`The transaction has ended (${transaction.finished}); this statement would run outside it: ${sql}`);
    const connection = (transaction?.connection ??
      (await this.sequelize.connectionManager.getConnection({ type: 'write' }).catch(asUnavailable))) as object;
    try {
      return await this.sendWithDeadline(connection, sql, values, reading);
    } finally {
      if (!transaction) this.sequelize.connectionManager.releaseConnection(connection as never);
    }
  }

  private async sendWithDeadline(connection: object, sql: string, values: unknown[], reading: boolean) {
    const deadline = this.armDeadline(connection);
    try {
      return await this.sendOn(connection, sql, values, reading).catch(asUnavailable);
    } finally {
      clearTimeout(deadline);
    }
  }

  private sendOn(connection: object, sql: string, values: unknown[], reading: boolean) {
    switch (this.dialect) {
      case 'mysql':
        return new Promise<{ rows: object[]; changed: number; insertId: number | undefined }>((resolve, reject) => {
          (connection as MysqlConnection).query({ sql, values, typeCast: driverTypes }, (error, result) => {
            if (error) return reject(error);
            if (Array.isArray(result)) return resolve({ rows: result as object[], changed: 0, insertId: undefined });
            const header = result as { affectedRows: number; insertId: number };
            resolve({ rows: [], changed: header.affectedRows, insertId: header.insertId || undefined });
          });
        });
      case 'postgres':
        return (connection as PostgresClient)
          .query(numbered(sql), values)
          .then(({ rows, rowCount }) => ({ rows, changed: rowCount ?? 0, insertId: undefined }));
      case 'sqlite': {
        const sqlite = connection as SqliteConnection;
        const bound = values.map((value) => (value instanceof Date ? sqliteTimestamp(value) : value));
        return new Promise<{ rows: object[]; changed: number; insertId: number | undefined }>((resolve, reject) => {
          if (reading) {
            return sqlite.all(sql, bound, (error, rows) => (error ? reject(error) : resolve({ rows, changed: 0, insertId: undefined })));
          }
          sqlite.run(sql, bound, function (error) {
            if (error) return reject(error);
            resolve({ rows: [], changed: this.changes, insertId: this.lastID });
          });
        });
      }
    }
  }

  private armDeadline(connection: object): NodeJS.Timeout | undefined {
    const socket = this.deadlineMs > 0 ? socketOf(connection) : undefined;
    if (!socket) return undefined;
    return setTimeout(() => socket.destroy(new Error(DEADLINE_MESSAGE)), this.deadlineMs).unref();
  }
}
