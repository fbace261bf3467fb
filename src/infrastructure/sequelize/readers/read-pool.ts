import { DEADLINE_MESSAGE } from '../query-deadlines';
import type { PoolCounts, ReadConnections } from './read-connections';

/** A server database driver's own pool, as a read pool uses it. */
export interface PooledDriver<Connection> {
  acquire(): Promise<Connection>;
  query(connection: Connection, sql: string, values: unknown[]): Promise<object[]>;
  release(connection: Connection): void;
  /** Closes a connection instead of giving it back: its query failed or overran, and its state is unknown. */
  destroy(connection: Connection): void;
  counts(): PoolCounts;
  close(): Promise<void>;
}

/**
 * Reads through a pool of the driver's own, beside the one Sequelize keeps for its queries and
 * for units of work: a read then costs what it costs a hand-written driver call, without
 * Sequelize's acquire and release and the type casting it asks of every field. A read has one
 * deadline, from asking for a connection to the last row; past it the read fails and its
 * connection, if it had one, is closed, so the server stops working on it.
 */
export class ReadPool<Connection> implements ReadConnections {
  constructor(
    private readonly driver: PooledDriver<Connection>,
    private readonly deadlineMs: number,
  ) {}

  select<Row extends object>(sql: string, values: unknown[]): Promise<Row[]> {
    const { driver } = this;
    return new Promise((resolve, reject) => {
      let connection: Connection | undefined;
      let expired = false;
      const timer =
        this.deadlineMs > 0
          ? setTimeout(() => {
              expired = true;
              if (connection !== undefined) driver.destroy(connection);
              reject(new Error(DEADLINE_MESSAGE));
            }, this.deadlineMs).unref()
          : undefined;
      const settle = (error: unknown, rows?: object[]) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(rows as Row[]);
      };
      driver.acquire().then(
        (acquired) => {
          if (expired) return driver.release(acquired);
          connection = acquired;
          driver.query(acquired, sql, values).then(
            (rows) => {
              if (expired) return;
              driver.release(acquired);
              settle(undefined, rows);
            },
            (error: unknown) => {
              if (expired) return;
              driver.destroy(acquired);
              settle(error);
            },
          );
        },
        (error: unknown) => {
          if (!expired) settle(error);
        },
      );
    });
  }

  counts(): PoolCounts {
    return this.driver.counts();
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
