import type mysql from 'mysql2';
import type { Pool, PoolConnection } from 'mysql2';
import type { ConnectionOptions } from '../connection-options';
import { driverPackage } from '../driver-package';
import type { PooledDriver } from './read-pool';

/** What mysql2's pool keeps of its connections and waiting callers; its types leave them out. */
interface PoolQueues {
  _allConnections: { length: number };
  _freeConnections: { length: number };
  _connectionQueue: { length: number };
}

/**
 * mysql2's pool, its connections set as Sequelize sets its own (UTC on both sides, big numbers
 * as numbers while they are exact) but without Sequelize's type cast, as the statements of
 * sql.ts read them: DATETIME as a UTC Date, DECIMAL as text.
 */
export function mysqlReadDriver(options: ConnectionOptions, size: number, connectTimeoutMs: number): PooledDriver<PoolConnection> {
  const pool: Pool = driverPackage<typeof mysql>('mysql2').createPool({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    connectionLimit: size,
    maxIdle: size,
    timezone: '+00:00',
    supportBigNumbers: true,
    bigNumberStrings: false,
    ...(connectTimeoutMs > 0 ? { connectTimeout: connectTimeoutMs } : {}),
  });
  // Queued on the new connection ahead of any read.
  pool.on('connection', (connection) => connection.query("SET time_zone = '+00:00'"));
  const queues = pool as unknown as PoolQueues;
  return {
    acquire: (callback) => pool.getConnection(callback),
    query: (connection, sql, values, callback) => connection.query({ sql, values }, (error, rows) => callback(error, rows as object[])),
    release: (connection) => connection.release(),
    destroy: (connection) => connection.destroy(),
    counts: () => ({
      idle: queues._freeConnections.length,
      used: queues._allConnections.length - queues._freeConnections.length,
      waiting: queues._connectionQueue.length,
    }),
    close: () => new Promise((resolve, reject) => pool.end((error) => (error ? reject(error) : resolve()))),
  };
}
