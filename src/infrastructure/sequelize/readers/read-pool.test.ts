import { describe, expect, it } from 'vitest';
import { DEADLINE_MESSAGE } from '../query-deadlines';
import { type PooledDriver, ReadPool } from './read-pool';

/** A driver whose connections and answers come when the test says. */
function scriptedDriver() {
  const events: string[] = [];
  let handOut: (connection: string) => void = () => {};
  let answer: (rows: object[]) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const driver: PooledDriver<string> = {
    acquire: (callback) => (handOut = (connection) => callback(null, connection)),
    query: (connection, sql, values, callback) => {
      events.push(`query ${sql} on ${connection}`);
      answer = (rows) => callback(null, rows);
      fail = (error) => callback(error);
    },
    release: (connection) => void events.push(`release ${connection}`),
    destroy: (connection) => void events.push(`destroy ${connection}`),
    counts: () => ({ idle: 0, used: 0, waiting: 0 }),
    close: async () => {},
  };
  return { driver, events, handOut: (c: string) => handOut(c), answer: (rows: object[]) => answer(rows), fail: (e: Error) => fail(e) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('ReadPool', () => {
  it('answers the rows and gives the connection back', async () => {
    const script = scriptedDriver();
    const read = new ReadPool(script.driver, 1_000).select('SELECT 1', []);
    script.handOut('c1');
    await tick();
    script.answer([{ one: 1 }]);
    await expect(read).resolves.toEqual([{ one: 1 }]);
    expect(script.events).toEqual(['query SELECT 1 on c1', 'release c1']);
  });

  it('closes a connection whose query failed instead of giving it back', async () => {
    const script = scriptedDriver();
    const read = new ReadPool(script.driver, 1_000).select('SELECT 1', []);
    script.handOut('c1');
    await tick();
    script.fail(new Error('syntax'));
    await expect(read).rejects.toThrow('syntax');
    expect(script.events).toEqual(['query SELECT 1 on c1', 'destroy c1']);
  });

  it('closes a connection whose driver refused the statement by throwing', async () => {
    const script = scriptedDriver();
    script.driver.query = () => {
      throw new TypeError('Bind parameters must not contain undefined');
    };
    const read = new ReadPool(script.driver, 1_000).select('SELECT ?', [undefined]);
    script.handOut('c1');
    await expect(read).rejects.toThrow('Bind parameters');
    expect(script.events).toEqual(['destroy c1']);
  });

  it('fails at the deadline while no connection is free, and gives back the one that comes later unused', async () => {
    const script = scriptedDriver();
    const read = new ReadPool(script.driver, 20).select('SELECT 1', []);
    await expect(read).rejects.toThrow(DEADLINE_MESSAGE);
    script.handOut('late');
    await tick();
    expect(script.events).toEqual(['release late']);
  });

  it('fails at the deadline while the database has not answered, and closes that connection', async () => {
    const script = scriptedDriver();
    const read = new ReadPool(script.driver, 20).select('SELECT 1', []);
    script.handOut('c1');
    await expect(read).rejects.toThrow(DEADLINE_MESSAGE);
    script.answer([{ one: 1 }]);
    await tick();
    expect(script.events).toEqual(['query SELECT 1 on c1', 'destroy c1']);
  });
});
