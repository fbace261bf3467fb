/**
 * A soak run: `npm run soak [-- --seconds 60 --customers 20 --db mysql|postgres|sqlite]`
 * (or SOAK_SECONDS, SOAK_CUSTOMERS, SOAK_DB).
 *
 * Virtual customers sign up, log in, browse, fill their carts and check out against the server
 * running as a child process on loopback. Half-way through, the server gets SIGTERM and a new one
 * starts on the same port; clients retry connection errors meanwhile. At the end the database is
 * read back: no stock made or lost, none negative, every order's total the sum of its lines. The
 * run exits non-zero on a broken invariant, on any 5xx, or on a failed connection outside the
 * restart. The database is a fresh scratch database on MariaDB (SOAK_MYSQL_URL, default the local
 * server) when it answers, or on PostgreSQL (SOAK_POSTGRES_URL) when asked, else a SQLite file.
 */
import { scratchDatabase } from './database';
import { options } from './options';
import { soak } from './soak';

async function main(): Promise<boolean> {
  const settings = options();
  const { kind, scratch } = await scratchDatabase(settings.db);
  console.log(`Database: ${kind.label}, ${scratch.url}`);
  try {
    return await soak(settings, scratch.url);
  } finally {
    await scratch.drop();
  }
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
