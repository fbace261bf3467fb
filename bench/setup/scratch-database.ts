import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DATABASES, type ScratchDatabase, createScratchDatabase } from '../../test/support/databases';
import { ROOT } from '../processes';
import { type Dialect, sqlClient } from '../sql/sql-client';

const run = promisify(execFile);

// The database servers of the development machine, unless the test variables name others.
const LOCAL_SERVERS: Record<string, string> = {
  TEST_MYSQL_URL: 'mysql://root@127.0.0.1:3306',
  TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:5432',
};

/**
 * Gives a server database's planner the statistics of the new catalog. In production the
 * server gathers them on its own; doing it now keeps that from happening in the middle of a
 * run and changing the plans between rounds. SQLite gathers none unless asked, so it is left so.
 * PostgreSQL's autovacuum also marks the pages of a freshly loaded table all-visible, which lets
 * an index-only scan skip the table (the listing's page ids, its counts): done now as well.
 */
export async function analyze(databaseUrl: string): Promise<void> {
  const db = await sqlClient(databaseUrl);
  try {
    if (db.dialect === 'postgres') await db.run('VACUUM ANALYZE');
    if (db.dialect === 'mysql') await db.rows('ANALYZE TABLE categories, products, users, carts, cart_lines, addresses, orders, order_items');
  } finally {
    await db.close();
  }
}

function cli(script: string, args: string[], databaseUrl: string) {
  return run(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

/** A fresh database with the schema and a catalog of `products` generated products; `drop` removes it. */
export async function seededDatabase(dialect: Dialect, products: number): Promise<ScratchDatabase> {
  const kind = DATABASES.find((candidate) => candidate.name === dialect)!;
  if (kind.urlVariable) process.env[kind.urlVariable] ??= LOCAL_SERVERS[kind.urlVariable];
  const database = await createScratchDatabase(kind);
  try {
    // The seed migrates SQLite itself; a server database is migrated the way operators do it.
    if (dialect !== 'sqlite') await cli('src/cli/migrate.ts', [], database.url);
    await cli('src/cli/seed.ts', ['--products', String(products)], database.url);
    await analyze(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
