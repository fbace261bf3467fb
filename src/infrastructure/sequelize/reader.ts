import sqlite3 from 'sqlite3';
import type { Transaction } from 'sequelize';
import type { Sql } from './sql';

const SQLITE_READERS = 4;
const READER_BUSY_TIMEOUT_MS = 5_000;

/**
 * Runs hand-written SELECTs, with `?` placeholders, where the ORM would cost more than the query.
 * Inside a unit of work a read joins its transaction, so it sees what the transaction wrote. Out
 * of one, an SQLite file is read through connections of their own: reads no longer queue behind
 * each other on the one connection Sequelize keeps, and the write-ahead log lets them run beside
 * a writer. Server databases read through the pool's connections, straight to the driver.
 */
export class Reader {
  private sqliteReaders: sqlite3.Database[] | undefined;
  private next = 0;

  constructor(
    private readonly sql: Sql,
    private readonly sqliteFile: string | undefined,
    private readonly currentTransaction: () => Transaction | undefined,
  ) {}

  select<Row extends object>(sql: string, parameters: unknown[]): Promise<Row[]> {
    const transaction = this.currentTransaction();
    if (transaction || !this.sqliteFile) return this.sql.select<Row>(sql, parameters);
    // Opened on the first read, once migrations have made the file.
    this.sqliteReaders ??= Array.from({ length: SQLITE_READERS }, () => openReader(this.sqliteFile!));
    const reader = this.sqliteReaders[this.next++ % SQLITE_READERS]!;
    return new Promise((resolve, reject) => {
      reader.all<Row>(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows)));
    });
  }

  async close(): Promise<void> {
    const readers = this.sqliteReaders ?? [];
    this.sqliteReaders = undefined;
    await Promise.all(readers.map((reader) => new Promise<void>((resolve) => reader.close(() => resolve()))));
  }
}

function openReader(file: string): sqlite3.Database {
  const reader = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  reader.configure('busyTimeout', READER_BUSY_TIMEOUT_MS);
  return reader;
}
