import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { QueryTypes, type Sequelize } from 'sequelize';

/** The sequelize-cli migration files, which both the app and sequelize-cli run. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../../migrations');

/** Where sequelize-cli, and the app after it, record each migration applied. */
export const MIGRATIONS_TABLE = 'SequelizeMeta';

/**
 * Whether every migration file is recorded as applied, found with one read and without loading
 * the migration tool: that tool costs a start more time than any other module, and a start
 * nearly always finds nothing to apply. Any failure to read the record answers no, so that the
 * tool itself runs and reports it.
 */
export async function allMigrationsApplied(sequelize: Sequelize): Promise<boolean> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.js'));
  const table = sequelize.getQueryInterface().quoteIdentifier(MIGRATIONS_TABLE);
  const applied = await sequelize
    .query<{ name: string }>(`SELECT name FROM ${table}`, { type: QueryTypes.SELECT })
    .then((rows) => new Set(rows.map((row) => row.name)))
    .catch(() => new Set<string>());
  return files.every((file) => applied.has(file));
}
