import type { Sequelize } from 'sequelize';

interface SqliteConnectionManager {
  connections: Record<string, object>;
  getConnection(options?: { uuid?: string }): Promise<object>;
  releaseConnection(connection: object, force?: boolean): Promise<void> | void;
}

// The key of the connection kept for transactions among Sequelize's SQLite connections.
const TRANSACTIONS = 'transactions';

/**
 * Sequelize opens an SQLite file anew for every transaction and closes it at the end, which
 * costs more than a short transaction's statements (and each new connection sets its pragmas
 * again). The unit of work runs a process's SQLite transactions one at a time, so they all use
 * one connection, opened once and closed with the others.
 */
export function keepOneTransactionConnection(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as SqliteConnectionManager;
  const getConnection = manager.getConnection.bind(manager);
  const releaseConnection = manager.releaseConnection.bind(manager);
  manager.getConnection = (options) =>
    getConnection(options?.uuid && options.uuid !== 'default' ? { ...options, uuid: TRANSACTIONS } : options);
  manager.releaseConnection = (connection, force) => {
    if (connection !== manager.connections[TRANSACTIONS]) return releaseConnection(connection, force);
    // Forced when a rollback failed and the connection's state is unknown: the next one is new.
    if (force !== true) return;
    delete manager.connections[TRANSACTIONS];
    return releaseConnection(connection, force);
  };
}
