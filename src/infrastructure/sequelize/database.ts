import { AsyncLocalStorage } from 'node:async_hooks';
import { Sequelize, type Options, type Transaction } from 'sequelize';
import { ServiceUnavailableError } from '../../domain/shared/errors';
import { connectionOptions, type SupportedDialect } from './connection-options';
import { asUnavailable } from './driver-errors';
import { defineModels, type Models } from './models';
import { armQueryDeadlines } from './query-deadlines';
import { Reader } from './reader';
import type { PoolCounts } from './readers/read-connections';
import { readConnectionsFor } from './readers/read-connections-for';
import { Sql } from './sql';
import { sqliteDriver } from './sqlite-driver';
import { keepOneTransactionConnection } from './sqlite-transactions';
import { runInTransaction } from './transaction-control';

export interface DatabaseOptions {
  url: string;
  /**
   * Receives each SQL statement; for debugging and for counting statements. Sequelize's come with
   * their values written in; hand-written ones (sql.ts) with `?` placeholders and their values apart.
   */
  onQuery?: (sql: string, values?: unknown[]) => void;
  /**
   * How long a server database may take to hand out a connection, to connect, or to answer one
   * query, before the work fails as unavailable; 0 for no deadline (migrations, bulk loads).
   */
  deadlineMs?: number;
}

/** Connections per process in each of the two pools of a server database: Sequelize's, and the one for reads. */
const POOL_SIZE = 10;

/** What sequelize-pool tells of itself; Sequelize's types leave its pool out. */
interface SequelizePoolCounts {
  available: number;
  using: number;
  waiting: number;
}

/** The Sequelize connection, its models, and the transaction of the current unit of work. */
export class Database {
  readonly sequelize: Sequelize;
  readonly models: Models;
  readonly dialect: SupportedDialect;
  /** The file of an SQLite database; none for a server or an in-memory one. */
  readonly sqliteFile: string | undefined;
  /** Hand-written statements, for work where the ORM costs more than the statement. */
  readonly sql: Sql;
  /** Hand-written SELECTs, for reads where the ORM costs more than the query. */
  readonly reader: Reader;
  private readonly transactions = new AsyncLocalStorage<Transaction>();
  private unitsOfWork = 0;
  private closing: Promise<void> | undefined;

  constructor(options: DatabaseOptions) {
    const connection = connectionOptions(options.url);
    const deadlineMs = options.deadlineMs ?? 0;
    this.dialect = connection.dialect;
    this.sqliteFile = connection.storage === ':memory:' ? undefined : connection.storage;
    this.sequelize = new Sequelize({
      ...connection,
      ...dialectSettings(connection.dialect, deadlineMs),
      logging: options.onQuery ? (sql) => options.onQuery?.(sql) : false,
      define: { underscored: true },
    });
    if (deadlineMs > 0 && this.dialect !== 'sqlite') armQueryDeadlines(this.sequelize, deadlineMs);
    if (this.sqliteFile) keepOneTransactionConnection(this.sequelize);
    // Every model call ends in sequelize.query: one place to tell unreachability from real answers.
    const query = this.sequelize.query.bind(this.sequelize);
    this.sequelize.query = ((...args: Parameters<typeof query>) => query(...args).catch(asUnavailable)) as typeof query;
    this.models = defineModels(this.sequelize);
    this.sql = new Sql(this.sequelize, this.dialect, () => this.transaction, deadlineMs, options.onQuery);
    const readConnections = readConnectionsFor(connection, this.sequelize, POOL_SIZE, deadlineMs);
    this.reader = new Reader(this.sql, readConnections, () => this.transaction, options.onQuery);
  }

  /** The transaction the caller is running in, if any: pass it to every query. */
  get transaction(): Transaction | undefined {
    return this.transactions.getStore();
  }

  /** Options for a query that must join the current transaction, locking rows when asked. */
  scope(lockForUpdate = false): { transaction?: Transaction; lock?: boolean } {
    const transaction = this.transaction;
    if (!transaction) return {};
    return lockForUpdate && this.locksRows() ? { transaction, lock: true } : { transaction };
  }

  /** What ends a hand-written SELECT that locks its rows until the unit of work ends, as `scope(true)` does. */
  forUpdate(): string {
    return this.transaction && this.locksRows() ? ' FOR UPDATE' : '';
  }

  // SQLite has no row locks: its transactions run one at a time.
  private locksRows(): boolean {
    return this.dialect !== 'sqlite';
  }

  async runInTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.unitsOfWork++;
    try {
      return await runInTransaction(this.sequelize, this.sql, this.dialect, (transaction) => this.transactions.run(transaction, work));
    } catch (error) {
      return asUnavailable(error);
    } finally {
      // While any AsyncLocalStorage is enabled, Node 20 runs a hook on every promise the process
      // makes, a cost every request pays: it is enabled only while a unit of work runs (`run`
      // enables it again), as nothing outside one needs the transaction.
      if (--this.unitsOfWork === 0) this.transactions.disable();
    }
  }

  /** Answers whether the database answers within `withinMs`; a hung database fails it too. */
  async ping(withinMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ServiceUnavailableError()), withinMs);
    });
    try {
      await Promise.race([this.sequelize.query('SELECT 1'), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The connections of a server database, both pools together; none on SQLite, which has no pool. */
  poolCounts(): PoolCounts | undefined {
    if (this.dialect === 'sqlite') return undefined;
    const { pool } = this.sequelize.connectionManager as unknown as { pool: SequelizePoolCounts };
    const reads = this.reader.counts() ?? { idle: 0, used: 0, waiting: 0 };
    return { idle: pool.available + reads.idle, used: pool.using + reads.used, waiting: pool.waiting + reads.waiting };
  }

  /** Closes the pool once; later calls wait for the same close. */
  close(): Promise<void> {
    this.closing ??= Promise.all([this.reader.close(), this.sequelize.close()]).then(() => undefined);
    return this.closing;
  }
}

function dialectSettings(dialect: SupportedDialect, deadlineMs: number): Options {
  const pool = { max: POOL_SIZE, ...(deadlineMs > 0 ? { acquire: deadlineMs } : {}) };
  switch (dialect) {
    case 'sqlite':
      return { dialectModule: sqliteDriver() };
    case 'mysql':
      return {
        timezone: '+00:00',
        pool,
        dialectOptions: { supportBigNumbers: true, ...(deadlineMs > 0 ? { connectTimeout: deadlineMs } : {}) },
      };
    case 'postgres':
      return { pool, dialectOptions: deadlineMs > 0 ? { connectionTimeoutMillis: deadlineMs } : {} };
  }
}
