import { AsyncLocalStorage } from 'node:async_hooks';
import { Sequelize, Transaction, type Options } from 'sequelize';
import { connectionOptions, type SupportedDialect } from './connection-options';
import { defineModels, type Models } from './models';
import { sqliteDriver } from './sqlite-driver';

export interface DatabaseOptions {
  url: string;
  /** Receives each SQL statement; for debugging and for counting statements. */
  onQuery?: (sql: string) => void;
}

/** The Sequelize connection, its models, and the transaction of the current unit of work. */
export class Database {
  readonly sequelize: Sequelize;
  readonly models: Models;
  readonly dialect: SupportedDialect;
  private readonly transactions = new AsyncLocalStorage<Transaction>();
  private closing: Promise<void> | undefined;

  constructor(options: DatabaseOptions) {
    const connection = connectionOptions(options.url);
    this.dialect = connection.dialect;
    this.sequelize = new Sequelize({
      ...connection,
      ...dialectSettings(connection.dialect),
      logging: options.onQuery ? (sql) => options.onQuery?.(sql) : false,
      define: { underscored: true },
    });
    this.models = defineModels(this.sequelize);
  }

  /** The transaction the caller is running in, if any: pass it to every query. */
  get transaction(): Transaction | undefined {
    return this.transactions.getStore();
  }

  /** Options for a query that must join the current transaction, locking rows when asked. */
  scope(lockForUpdate = false): { transaction?: Transaction; lock?: boolean } {
    const transaction = this.transaction;
    if (!transaction) return {};
    return lockForUpdate && this.dialect !== 'sqlite' ? { transaction, lock: true } : { transaction };
  }

  runInTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.sequelize.transaction((transaction) => this.transactions.run(transaction, work));
  }

  async ping(): Promise<void> {
    await this.sequelize.query('SELECT 1');
  }

  /** Closes the pool once; later calls wait for the same close. */
  close(): Promise<void> {
    this.closing ??= this.sequelize.close();
    return this.closing;
  }
}

function dialectSettings(dialect: SupportedDialect): Options {
  switch (dialect) {
    case 'sqlite':
      // IMMEDIATE takes the write lock up front, so a transaction never fails upgrading to it.
      return { dialectModule: sqliteDriver, transactionType: Transaction.TYPES.IMMEDIATE };
    case 'mysql':
      return { timezone: '+00:00', pool: { max: 10 }, dialectOptions: { supportBigNumbers: true } };
    case 'postgres':
      return { pool: { max: 10 } };
  }
}
