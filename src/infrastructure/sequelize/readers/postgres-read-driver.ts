import type { ConnectionOptions } from '../connection-options';
import { driverPackage } from '../driver-package';
import { numbered } from '../placeholders';
import { DEADLINE_MESSAGE, socketOf } from '../query-deadlines';
import type { PooledDriver } from './read-pool';

interface PoolClient {
  query(text: string, values: unknown[], callback: (error: Error | null, result: { rows: object[] }) => void): void;
  release(destroy?: boolean): void;
}
interface Pool {
  connect(callback: (error: Error | undefined, client: PoolClient) => void): void;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}
export type TypeParserLookup = (oid: number, format?: string) => unknown;

// pg ships no type declarations: the few calls used are typed here.
interface PgPackage {
  Pool: new (config: object) => Pool;
}

/**
 * pg's pool, its connections reading values with Sequelize's type parsers and in UTC, as
 * Sequelize's own connections do, so that a row reads the same from either pool.
 */
export function postgresReadDriver(
  options: ConnectionOptions,
  size: number,
  connectTimeoutMs: number,
  typeParserOf: TypeParserLookup,
): PooledDriver<PoolClient> {
  const { Pool } = driverPackage<PgPackage>('pg');
  const pool = new Pool({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    max: size,
    options: '-c TimeZone=UTC',
    types: { getTypeParser: typeParserOf },
    ...(connectTimeoutMs > 0 ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
  });
  // An idle connection the server dropped: the pool discards it, and the next read opens another.
  pool.on('error', () => {});
  return {
    acquire: (callback) => pool.connect((error, client) => callback(error ?? null, client)),
    query: (client, sql, values, callback) => client.query(numbered(sql), values, (error, result) => callback(error, result?.rows)),
    release: (client) => client.release(),
    destroy: (client) => {
      // Ending it politely would wait on a server that may not answer.
      socketOf(client)?.destroy(new Error(DEADLINE_MESSAGE));
      client.release(true);
    },
    counts: () => ({ idle: pool.idleCount, used: pool.totalCount - pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
