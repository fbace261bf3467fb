import type sqlite3 from 'sqlite3';
import { driverPackage } from './driver-package';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * sqlite3 with every connection set to wait for locks rather than fail at once, and to use the
 * write-ahead log so that readers do not block the writer.
 */
export function sqliteDriver() {
  const sqlite = driverPackage<typeof sqlite3>('sqlite3');
  class WaitingDatabase extends sqlite.Database {
    constructor(filename: string, mode: number, callback: (error: Error | null) => void) {
      super(filename, mode, callback);
      this.configure('busyTimeout', BUSY_TIMEOUT_MS);
      if (filename !== ':memory:') this.run('PRAGMA journal_mode = WAL');
    }
  }
  return { ...sqlite, Database: WaitingDatabase };
}
