import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { lock } from 'proper-lockfile';
import type { Database } from './database';

const LOCK_NAME = 'storefront_migrations';
// Any fixed 64-bit number names PostgreSQL's advisory lock; this one spells "storefro".
const POSTGRES_LOCK_KEY = '8319395793566789234';
const WAIT_SECONDS = 600;

/**
 * Runs migrations while holding a lock that every other process migrating the same database
 * waits for, so two processes starting together never apply one migration twice. A server
 * database holds the lock in a transaction of its own; an SQLite file, beside itself.
 */
export async function withMigrationLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.dialect === 'sqlite') return withFileLock(database.sqliteFile, work);
  return database.sequelize.transaction(async (transaction) => {
    const query = (sql: string) => database.sequelize.query(sql, { transaction });
    if (database.dialect === 'postgres') {
      await query(`SELECT pg_advisory_xact_lock(${POSTGRES_LOCK_KEY})`);
      return work();
    }
    await query(`SELECT GET_LOCK('${LOCK_NAME}', ${WAIT_SECONDS})`);
    try {
      return await work();
    } finally {
      await query(`SELECT RELEASE_LOCK('${LOCK_NAME}')`);
    }
  });
}

async function withFileLock<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  await mkdir(path.dirname(file), { recursive: true });
  const release = await lock(file, {
    realpath: false,
    lockfilePath: `${file}.migrating`,
    retries: { retries: WAIT_SECONDS, minTimeout: 100, maxTimeout: 1_000 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}
