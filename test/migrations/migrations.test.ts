import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../src/infrastructure/sequelize/database';
import { allMigrationsApplied } from '../../src/infrastructure/sequelize/migration-files';
import { createMigrator } from '../../src/infrastructure/sequelize/migrator';
import { type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/test-app';
import { describeSchema } from './schema';

const run = promisify(execFile);

describeEachDatabase('migrations', (kind) => {
  let inApp: ScratchDatabase;
  let viaCli: ScratchDatabase;
  let appDb: Database;
  let cliDb: Database;

  beforeAll(async () => {
    [inApp, viaCli] = await Promise.all([createScratchDatabase(kind), createScratchDatabase(kind)]);
    appDb = new Database({ url: inApp.url });
    cliDb = new Database({ url: viaCli.url });
  });
  afterAll(async () => {
    await Promise.all([appDb?.close(), cliDb?.close()]);
    await Promise.all([inApp?.drop(), viaCli?.drop()]);
  });

  it('produce the same schema in-app (umzug) and through sequelize-cli', async () => {
    await createMigrator(appDb.sequelize).up();
    await run('npx', ['sequelize-cli', 'db:migrate'], { env: { ...process.env, DATABASE_URL: viaCli.url } });

    const [fromApp, fromCli] = await Promise.all([describeSchema(appDb.sequelize), describeSchema(cliDb.sequelize)]);
    expect(Object.keys(fromApp)).toContain('users');
    expect(fromCli).toEqual(fromApp);
  });

  it('share one record of what was applied, so neither tool applies a migration twice', async () => {
    await expect(createMigrator(cliDb.sequelize).pending()).resolves.toEqual([]);
    const { stdout } = await run('npx', ['sequelize-cli', 'db:migrate'], { env: { ...process.env, DATABASE_URL: inApp.url } });
    expect(stdout).toMatch(/No migrations were executed/);
  });

  it('can be undone to an empty database and applied again', async () => {
    const migrator = createMigrator(appDb.sequelize);
    await migrator.down({ to: 0 });
    const left = Object.keys(await describeSchema(appDb.sequelize)).filter((table) => table !== 'SequelizeMeta');
    expect(left).toEqual([]);
    await migrator.up();
    expect(await migrator.pending()).toEqual([]);
  });

  it('are told all applied, without the migration tool, exactly when none is pending', async () => {
    const fresh = await createScratchDatabase(kind);
    const database = new Database({ url: fresh.url });
    try {
      expect(await allMigrationsApplied(database.sequelize)).toBe(false);
      const migrator = createMigrator(database.sequelize);
      await migrator.up();
      expect(await allMigrationsApplied(database.sequelize)).toBe(true);
      await migrator.down();
      expect(await allMigrationsApplied(database.sequelize)).toBe(false);
    } finally {
      await database.close();
      await fresh.drop();
    }
  });
});
