import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../src/infrastructure/sequelize/database';
import { type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/test-app';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('transactions', (kind) => {
  let scratch: ScratchDatabase;
  let database: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    database = new Database({ url: scratch.url });
    await database.sequelize.query('CREATE TABLE probe (id INTEGER PRIMARY KEY)');
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('end once when Sequelize rolls one back itself, as it does to a MySQL deadlock victim, and leave its connection to the next', async () => {
    let next: Promise<void> | undefined;
    const victim = database.runInTransaction(async () => {
      await database.transaction!.rollback();
      // Its connection is back in the pool: the next transaction may hold it from now on.
      await expect(database.sql.select('SELECT 1 AS one')).rejects.toThrow(/has ended/);
      next = database.runInTransaction(async () => {
        await database.sql.write('INSERT INTO probe (id) VALUES (1)');
        await pause(50);
        await database.sql.write('INSERT INTO probe (id) VALUES (2)');
      });
      await pause(20);
      throw new Error('chosen as the deadlock victim');
    });
    await expect(victim).rejects.toThrow('deadlock victim');
    await next;
    const rows = await database.sql.select<{ id: number }>('SELECT id FROM probe ORDER BY id');
    expect(rows.map((row) => Number(row.id))).toEqual([1, 2]);
  });
});
