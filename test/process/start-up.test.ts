import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Application, createApplication } from '../../src/container';
import { loadConfig } from '../../src/infrastructure/config';
import { createLogger } from '../../src/infrastructure/logger';
import { type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { TEST_JWT_SECRET, describeEachDatabase } from '../support/test-app';

const INSTANCES = 3;

// Instances started together, as an orchestrator starts them: one database, one process each.
describeEachDatabase('instances starting together', (kind) => {
  let scratch: ScratchDatabase;
  let instances: Application[];

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: scratch.url, JWT_SECRET: TEST_JWT_SECRET });
    instances = await Promise.all(
      Array.from({ length: INSTANCES }, () => createApplication(config, { logger: createLogger('silent') })),
    );
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.close()));
    await scratch?.drop();
  });

  it('apply every migration exactly once between them', async () => {
    const applied = await Promise.all(instances.map((instance) => instance.migrate()));
    const all = applied.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(0);
    expect(await instances[0]!.pendingMigrations()).toEqual([]);
  });

  it('all make sure of the same admin, and one account is made', async () => {
    const credentials = { email: 'boss@shop.test', password: 'a long passphrase' };
    const admins = await Promise.all(instances.map((instance) => instance.ensureAdmin(credentials)));
    expect(new Set(admins.map((admin) => admin.id)).size).toBe(1);
    expect(admins[0]).toMatchObject({ email: 'boss@shop.test', role: 'admin' });
    expect(await instances[0]!.database.models.User.count()).toBe(1);
  });
});
