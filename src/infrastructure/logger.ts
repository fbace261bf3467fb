import pino, { type Logger } from 'pino';

export type { Logger };

/** Credentials never reach the log, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  'passwordHash',
  'accessToken',
  'refreshToken',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.refreshToken',
  'JWT_SECRET',
  'ADMIN_PASSWORD',
];

// What a database driver's error carries of the statement: its text and bound values may hold anything a client sent.
const STATEMENT_FIELDS = ['sql', 'parameters', 'original', 'parent', 'fields', 'errors', 'instance', 'value'];

/** An error as logged: everything pino would show, less the statement and values a driver attached. */
function errorWithoutStatement(error: Error): object {
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const field of STATEMENT_FIELDS) delete serialized[field];
  const driverCode = (error as { original?: { code?: unknown } }).original?.code;
  if (driverCode !== undefined) serialized.driverCode = driverCode;
  if (error.cause instanceof Error) serialized.cause = errorWithoutStatement(error.cause);
  return serialized;
}

/**
 * Writes to standard output without waiting, in writes of 4 KiB or more, and at least every
 * second: one system call per line would cost a busy server more than the rest of logging.
 * pino flushes what is left when the process exits; a process killed outright loses at most
 * the last second.
 */
const standardOutput = () => pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 });

export function createLogger(level: string, destination: pino.DestinationStream = standardOutput()): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { err: errorWithoutStatement } },
    destination,
  );
}
