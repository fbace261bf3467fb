import type { Transaction } from 'sequelize';
import { asUnavailable } from './driver-errors';
import type { PoolCounts, ReadConnections } from './readers/read-connections';
import type { Sql } from './sql';

/**
 * Runs hand-written SELECTs, with `?` placeholders, where the ORM would cost more than the query.
 * Inside a unit of work a read joins its transaction, so it sees what the transaction wrote. Out
 * of one, it goes through read connections of its own where the database has them (readers/):
 * an SQLite file's read-only connections, a server database's driver pool.
 */
export class Reader {
  constructor(
    private readonly sql: Sql,
    private readonly connections: ReadConnections | undefined,
    private readonly currentTransaction: () => Transaction | undefined,
    private readonly onQuery: ((sql: string, values: unknown[]) => void) | undefined,
  ) {}

  select<Row extends object>(sql: string, parameters: unknown[]): Promise<Row[]> {
    if (!this.connections || this.currentTransaction()) return this.sql.select<Row>(sql, parameters);
    this.onQuery?.(sql, parameters);
    return this.connections.select<Row>(sql, parameters).catch(asUnavailable);
  }

  counts(): PoolCounts | undefined {
    return this.connections?.counts();
  }

  close(): Promise<void> {
    return this.connections?.close() ?? Promise.resolve();
  }
}
