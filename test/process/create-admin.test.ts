import { describe, expect, it } from 'vitest';
import { Database } from '../../src/infrastructure/sequelize/database';
import { scratchSqliteUrl } from '../support/scratch-sqlite';
import { finished, runScript } from '../support/processes';

async function rolesIn(url: string) {
  const database = new Database({ url });
  try {
    return await database.models.User.findAll({ attributes: ['email', 'role'], raw: true });
  } finally {
    await database.close();
  }
}

describe('npm run admin:create', () => {
  it('creates an admin, and running it again keeps one account', async () => {
    const env = { DATABASE_URL: await scratchSqliteUrl() };
    const created = await finished(runScript('src/cli/create-admin.ts', ['--email', 'Root@Shop.test', '--password', 'long enough'], env));
    expect(created).toMatchObject({ code: 0, stdout: 'root@shop.test is an admin.\n' });
    const again = await finished(runScript('src/cli/create-admin.ts', ['--email', 'root@shop.test', '--password', 'changed password'], env));
    expect(again.code).toBe(0);
    expect(await rolesIn(env.DATABASE_URL)).toEqual([{ email: 'root@shop.test', role: 'admin' }]);
  });

  it('explains its usage and refuses a weak password', async () => {
    const env = { DATABASE_URL: await scratchSqliteUrl() };
    const usage = await finished(runScript('src/cli/create-admin.ts', [], env));
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/^Usage: npm run admin:create -- --email E --password P/);
    const weak = await finished(runScript('src/cli/create-admin.ts', ['--email', 'a@shop.test', '--password', 'short'], env));
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: Must be 8 to 128 characters long/);
  });
});
