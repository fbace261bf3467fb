import { DATABASES, type DatabaseKind, type ScratchDatabase, createScratchDatabase } from '../../test/support/databases';
import { finished, runScript } from '../../test/support/processes';
import type { DatabaseChoice } from './options';

const SERVERS = {
  mysql: { name: 'mysql', label: 'MariaDB/MySQL', urlVariable: 'SOAK_MYSQL_URL' },
  postgres: { name: 'postgres', label: 'PostgreSQL', urlVariable: 'SOAK_POSTGRES_URL' },
} as const satisfies Record<string, DatabaseKind>;
process.env.SOAK_MYSQL_URL ??= 'mysql://root@127.0.0.1:3306';
process.env.SOAK_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432';

/** A fresh database of the chosen kind; without a choice, MariaDB if it answers, else SQLite. */
export async function scratchDatabase(choice: DatabaseChoice | undefined): Promise<{ kind: DatabaseKind; scratch: ScratchDatabase }> {
  const sqlite = DATABASES.find((kind) => kind.name === 'sqlite')!;
  if (choice === 'sqlite') return { kind: sqlite, scratch: await createScratchDatabase(sqlite) };
  const kind = SERVERS[choice ?? 'mysql'];
  try {
    return { kind, scratch: await createScratchDatabase(kind) };
  } catch (error) {
    if (choice) throw error;
    console.log(`MariaDB does not answer at ${process.env.SOAK_MYSQL_URL} (${(error as Error).message}): using SQLite.`);
    return { kind: sqlite, scratch: await createScratchDatabase(sqlite) };
  }
}

export async function migrate(databaseUrl: string): Promise<void> {
  const result = await finished(runScript('src/cli/migrate.ts', [], { DATABASE_URL: databaseUrl }));
  if (result.code !== 0) throw new Error(`migrating failed: ${result.stderr.trim()}`);
}
