import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../src/domain/shared/errors';
import { Database } from '../../src/infrastructure/sequelize/database';
import { SERVER_DATABASES, type ScratchDatabase, createScratchDatabase, isAvailable } from '../support/databases';

const DEADLINE_MS = 500;

for (const kind of SERVER_DATABASES) {
  const label = isAvailable(kind) ? kind.label : `${kind.label}: skipped, ${kind.urlVariable} is not set`;
  const sleep = kind.name === 'mysql' ? 'SELECT SLEEP(5)' : 'SELECT pg_sleep(5)';

  describe.skipIf(!isAvailable(kind))(`the query deadline [${label}]`, () => {
    let scratch: ScratchDatabase;
    let database: Database;
    beforeAll(async () => {
      scratch = await createScratchDatabase(kind);
      database = new Database({ url: scratch.url, deadlineMs: DEADLINE_MS });
    });
    afterAll(async () => {
      await database?.close();
      await scratch?.drop();
    });

    it('fails a query past its deadline as unavailable, at once, and the pool recovers', async () => {
      const started = Date.now();
      await expect(database.sequelize.query(sleep)).rejects.toBeInstanceOf(ServiceUnavailableError);
      expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 1_000);
      await expect(database.ping(1_000)).resolves.toBeUndefined();
    });

    it('fails a transaction whose query passes its deadline, and rolls it back', async () => {
      await database.sequelize.query('CREATE TABLE deadline_probe (id INTEGER PRIMARY KEY)');
      const work = database.runInTransaction(async () => {
        await database.sequelize.query('INSERT INTO deadline_probe (id) VALUES (1)', { transaction: database.transaction });
        await database.sequelize.query(sleep, { transaction: database.transaction });
      });
      await expect(work).rejects.toBeInstanceOf(ServiceUnavailableError);
      const [rows] = await database.sequelize.query('SELECT id FROM deadline_probe');
      expect(rows).toEqual([]);
    });
  });
}
