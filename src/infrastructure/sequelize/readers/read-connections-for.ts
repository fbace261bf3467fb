import type { Sequelize } from 'sequelize';
import type { ConnectionOptions } from '../connection-options';
import { mysqlReadDriver } from './mysql-read-driver';
import { postgresReadDriver, type TypeParserLookup } from './postgres-read-driver';
import type { ReadConnections } from './read-connections';
import { ReadPool } from './read-pool';
import { SqliteReaders } from './sqlite-readers';

/** The read connections of a database; none for an in-memory SQLite one, which only its one connection sees. */
export function readConnectionsFor(
  connection: ConnectionOptions,
  sequelize: Sequelize,
  poolSize: number,
  deadlineMs: number,
): ReadConnections | undefined {
  switch (connection.dialect) {
    case 'sqlite':
      return connection.storage === ':memory:' || !connection.storage ? undefined : new SqliteReaders(connection.storage);
    case 'mysql':
      return new ReadPool(mysqlReadDriver(connection, poolSize, deadlineMs), deadlineMs);
    case 'postgres': {
      const { connectionManager } = sequelize as unknown as { connectionManager: { getTypeParser: TypeParserLookup } };
      return new ReadPool(postgresReadDriver(connection, poolSize, deadlineMs, connectionManager.getTypeParser.bind(connectionManager)), deadlineMs);
    }
  }
}
