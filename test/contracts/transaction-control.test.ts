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

  // SQLite runs its transactions one at a time: there, one cannot end while another runs.
  it.skipIf(kind.name === 'sqlite')('keep a unit of work in its transaction when another ends while it runs, and none outside them', async () => {
    await database.sql.write('DELETE FROM probe');
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    let firstEnded: () => void = () => {};
    const ended = new Promise<void>((resolve) => (firstEnded = resolve));
    let sameThroughout = false;
    const second = database.runInTransaction(async () => {
      const own = database.transaction;
      started();
      await ended;
      await pause(10);
      sameThroughout = own !== undefined && database.transaction === own;
      await database.sql.write('INSERT INTO probe (id) VALUES (3)');
    });
    await running;
    await database.runInTransaction(() => database.sql.write('INSERT INTO probe (id) VALUES (4)'));
    expect(database.transaction).toBeUndefined();
    firstEnded();
    await second;
    expect(sameThroughout).toBe(true);
    expect(database.transaction).toBeUndefined();
    const rows = await database.sql.select<{ id: number }>('SELECT id FROM probe ORDER BY id');
    expect(rows.map((row) => Number(row.id))).toEqual([3, 4]);
  });
});
