import { UniqueConstraintError } from 'sequelize';

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
