import { createRequire } from 'node:module';
import { Sequelize, type QueryInterface } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE } from './migration-files';

interface MigrationModule {
  up(queryInterface: QueryInterface, sequelize: typeof Sequelize): Promise<void>;
  down(queryInterface: QueryInterface, sequelize: typeof Sequelize): Promise<void>;
}

const load = createRequire(__filename) as (file: string) => MigrationModule;

/**
 * Runs the sequelize-cli migration files in-process. It keeps its record in the same
 * `SequelizeMeta` table as sequelize-cli, so either tool sees what the other applied.
 */
export function createMigrator(sequelize: Sequelize): Umzug<QueryInterface> {
  return new Umzug({
    migrations: {
      glob: ['*.js', { cwd: MIGRATIONS_DIR }],
      resolve: ({ name, path: file, context }) => {
        const migration = load(file!);
        return {
          name,
          up: () => migration.up(context, Sequelize),
          down: () => migration.down(context, Sequelize),
        };
      },
    },
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, modelName: MIGRATIONS_TABLE, tableName: MIGRATIONS_TABLE, timestamps: false }),
    logger: undefined,
  });
}
