import sqlite3 from 'sqlite3';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * sqlite3 with every connection set to wait for locks rather than fail at once, and to use the
 * write-ahead log so that readers do not block the writer.
 */
class WaitingDatabase extends sqlite3.Database {
  constructor(filename: string, mode: number, callback: (error: Error | null) => void) {
    super(filename, mode, callback);
    this.configure('busyTimeout', BUSY_TIMEOUT_MS);
    if (filename !== ':memory:') this.run('PRAGMA journal_mode = WAL');
  }
}

export const sqliteDriver = { ...sqlite3, Database: WaitingDatabase };
