import { DEADLINE_MESSAGE } from '../query-deadlines';
import type { PoolCounts, ReadConnections } from './read-connections';

/** Called back as the drivers do, which spares a read two promises of its own. */
export type Callback<T> = (error: Error | null, value?: T) => void;

/** A server database driver's own pool, as a read pool uses it. */
export interface PooledDriver<Connection> {
  acquire(callback: Callback<Connection>): void;
  query(connection: Connection, sql: string, values: unknown[], callback: Callback<object[]>): void;
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
      driver.acquire((error, acquired) => {
        if (expired) return void (acquired !== undefined && driver.release(acquired));
        if (error || acquired === undefined) return settle(error ?? new Error('The pool handed out no connection.'));
        connection = acquired;
        const answered: Callback<object[]> = (failure, rows) => {
          if (expired) return;
          if (failure) driver.destroy(acquired);
          else driver.release(acquired);
          settle(failure, rows);
        };
        // A driver that refuses the statement outright throws instead of calling back.
        try {
          driver.query(acquired, sql, values, answered);
        } catch (thrown) {
          answered(thrown instanceof Error ? thrown : new Error(String(thrown)));
        }
      });
    });
  }

  counts(): PoolCounts {
    return this.driver.counts();
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
