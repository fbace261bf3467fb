import { ConnectionError, ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';
import { ServiceUnavailableError } from '../../domain/shared/errors';
import { DEADLINE_MESSAGE } from './query-deadlines';

/** The driver's own error: Sequelize wraps it as `original`; hand-written statements (sql.ts) get it bare. */
const driverErrorOf = (error: unknown) =>
  ((error as { original?: unknown } | null)?.original ?? error) as { code?: unknown; errno?: unknown; message?: unknown } | null;

const codeOf = (error: unknown) => driverErrorOf(error)?.code;

const TRANSIENT_CODES = new Set([
  'ER_LOCK_DEADLOCK', // MySQL/MariaDB: chosen as a deadlock victim
  'ER_LOCK_WAIT_TIMEOUT',
  '40P01', // PostgreSQL: deadlock detected
  '40001', // PostgreSQL: serialization failure
]);

/** A failure that says nothing about the data, only that the transaction may succeed if run again. */
export function isTransientConflict(error: unknown): boolean {
  const code = codeOf(error);
  return typeof code === 'string' && TRANSIENT_CODES.has(code);
}

/** SQLite's write lock stayed taken for longer than the connection's busy timeout. */
export const isSqliteBusy = (error: unknown) => codeOf(error) === 'SQLITE_BUSY';

const UNIQUE_CODES = new Set(['ER_DUP_ENTRY', '23505']);
const FOREIGN_KEY_CODES = new Set(['ER_ROW_IS_REFERENCED_2', 'ER_NO_REFERENCED_ROW_2', 'ER_ROW_IS_REFERENCED', 'ER_NO_REFERENCED_ROW', '23503']);

/** SQLite reports every constraint as SQLITE_CONSTRAINT and tells them apart in the message. */
const isSqliteConstraint = (error: unknown, kind: string) => {
  const driver = driverErrorOf(error);
  return driver?.code === 'SQLITE_CONSTRAINT' && typeof driver.message === 'string' && driver.message.includes(kind);
};

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof UniqueConstraintError) return true;
  return UNIQUE_CODES.has(codeOf(error) as string) || isSqliteConstraint(error, 'UNIQUE');
}

/** A row other rows still refer to, or a reference to a row that does not exist. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (error instanceof ForeignKeyConstraintError) return true;
  return FOREIGN_KEY_CODES.has(codeOf(error) as string) || isSqliteConstraint(error, 'FOREIGN KEY');
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST', // mysql2: the server closed the connection
  'ER_SERVER_SHUTDOWN',
  '57P01', // PostgreSQL: terminated by an administrator
  '57P02', // crash shutdown
  '57P03', // cannot connect now: starting up or shutting down
]);

// What the drivers say, without a code, of a connection that broke under a query.
const UNREACHABLE_MESSAGES = [
  DEADLINE_MESSAGE,
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  "Can't add new command when connection is in closed state",
  'Connection lost',
  'timeout exceeded when trying to connect', // pg's pool: no connection free in time
];

/** A failure to reach the database at all, rather than an answer from it: the service is unavailable. */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ConnectionError) return true;
  const failures = [error, (error as { original?: unknown } | null)?.original, (error as { parent?: unknown } | null)?.parent];
  return failures.some((failure) => {
    const { code, message } = (failure ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
    return typeof message === 'string' && UNREACHABLE_MESSAGES.some((known) => message.includes(known));
  });
}

/** A driver's failure to reach the database becomes the application's word for it. */
export function asUnavailable(error: unknown): never {
  throw isUnreachable(error) ? new ServiceUnavailableError({ cause: error }) : error;
}
