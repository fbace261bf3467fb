import { Transaction, type Sequelize } from 'sequelize';
import type { SupportedDialect } from './connection-options';
import { isSqliteBusy } from './driver-errors';
import type { Sql } from './sql';

// SQLite's IMMEDIATE takes the write lock up front, so a transaction never fails upgrading to it.
const BEGIN: Record<SupportedDialect, string> = { mysql: 'START TRANSACTION', postgres: 'BEGIN', sqlite: 'BEGIN IMMEDIATE' };
// Each attempt waits the connection's busy timeout; as many as Sequelize makes of a statement SQLite found busy.
const SQLITE_BEGIN_ATTEMPTS = 5;

interface ConnectionManager {
  getConnection(options: { uuid: string }): Promise<object>;
  releaseConnection(connection: object, force?: boolean): unknown;
  destroyConnection(connection: object): Promise<void>;
}

/**
 * Runs work in a transaction whose BEGIN, COMMIT and ROLLBACK go straight to the driver, as
 * hand-written statements do (sql.ts): Sequelize sends its own through its whole query path,
 * which cost a checkout about a tenth of its CPU. The work is still given a Sequelize
 * `Transaction` holding the connection, as `sequelize.transaction` would give it, so that model
 * calls join the transaction as usual; its fields are set as Sequelize sets them, and its own
 * `commit` and `rollback` are these, since Sequelize rolls a transaction back itself when MySQL
 * picks one of its queries as a deadlock victim. The transaction ends once, whoever ends it
 * first, and gives its connection back once. A connection whose COMMIT or ROLLBACK failed is in
 * an unknown state and is closed, not reused.
 */
export async function runInTransaction<T>(
  sequelize: Sequelize,
  sql: Sql,
  dialect: SupportedDialect,
  work: (transaction: Transaction) => Promise<T>,
): Promise<T> {
  const manager = sequelize.connectionManager as unknown as ConnectionManager;
  const transaction = new Transaction(sequelize, {});
  const { id } = transaction as unknown as { id: string };
  const connection = Object.assign(await manager.getConnection({ uuid: id }), { uuid: id });

  let ended: Promise<void> | undefined;
  const end = (statement: 'COMMIT' | 'ROLLBACK') => (ended ??= finish(statement));
  const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
    try {
      await sql.control(connection, statement);
    } catch (error) {
      // SQLite's connection is one kept for all transactions: a forced release closes it, and the next is new.
      await (dialect === 'sqlite' ? manager.releaseConnection(connection, true) : manager.destroyConnection(connection));
      throw error;
    } finally {
      // Queries still given this transaction now fail, as Sequelize makes them.
      Object.assign(transaction, { finished: statement === 'COMMIT' ? 'commit' : 'rollback' });
    }
    manager.releaseConnection(connection);
  };
  Object.assign(transaction, { connection, commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') });

  const begin = async (attempt = 1): Promise<void> => {
    try {
      await sql.control(connection, BEGIN[dialect]);
    } catch (error) {
      // Another process holds SQLite's write lock for longer than one busy timeout.
      if (!isSqliteBusy(error) || attempt >= SQLITE_BEGIN_ATTEMPTS) throw error;
      await begin(attempt + 1);
    }
  };

  let result: T;
  try {
    await begin();
    result = await work(transaction);
  } catch (error) {
    await end('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await end('COMMIT');
  return result;
}
