import { ConnectionError, ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';
import { DEADLINE_MESSAGE } from './query-deadlines';

const TRANSIENT_CODES = new Set([
  'ER_LOCK_DEADLOCK', // MySQL/MariaDB: chosen as a deadlock victim
  'ER_LOCK_WAIT_TIMEOUT',
  '40P01', // PostgreSQL: deadlock detected
  '40001', // PostgreSQL: serialization failure
]);

/** A failure that says nothing about the data, only that the transaction may succeed if run again. */
export function isTransientConflict(error: unknown): boolean {
  const original = (error as { original?: { code?: unknown } } | null)?.original;
  return typeof original?.code === 'string' && TRANSIENT_CODES.has(original.code);
}

export function isUniqueViolation(error: unknown): error is UniqueConstraintError {
  return error instanceof UniqueConstraintError;
}

/** A row other rows still refer to, or a reference to a row that does not exist. */
export function isForeignKeyViolation(error: unknown): error is ForeignKeyConstraintError {
  return error instanceof ForeignKeyConstraintError;
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
