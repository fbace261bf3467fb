import type sqlite3 from 'sqlite3';
import { driverPackage } from '../driver-package';
import type { ReadConnections } from './read-connections';

const SQLITE_READERS = 4;
const READER_BUSY_TIMEOUT_MS = 5_000;

/**
 * Read-only connections to an SQLite file, taken in turn: reads no longer queue behind each other
 * on the one connection Sequelize keeps, and the write-ahead log lets them run beside a writer.
 */
export class SqliteReaders implements ReadConnections {
  private readers: sqlite3.Database[] | undefined;
  private next = 0;
  private closed = false;

  constructor(private readonly file: string) {}

  select<Row extends object>(sql: string, values: unknown[]): Promise<Row[]> {
    if (this.closed) return Promise.reject(new Error('The SQLite read connections are closed.'));
    // Opened on the first read, once migrations have made the file.
    this.readers ??= Array.from({ length: SQLITE_READERS }, () => openReader(this.file));
    const reader = this.readers[this.next++ % SQLITE_READERS]!;
    return new Promise((resolve, reject) => {
      reader.all<Row>(sql, values, (error, rows) => (error ? reject(error) : resolve(rows)));
    });
  }

  counts(): undefined {
    return undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    const readers = this.readers ?? [];
    this.readers = undefined;
    await Promise.all(readers.map((reader) => new Promise<void>((resolve) => reader.close(() => resolve()))));
  }
}

function openReader(file: string): sqlite3.Database {
  const { Database, OPEN_READONLY } = driverPackage<typeof sqlite3>('sqlite3');
  const reader = new Database(file, OPEN_READONLY);
  reader.configure('busyTimeout', READER_BUSY_TIMEOUT_MS);
  return reader;
}
