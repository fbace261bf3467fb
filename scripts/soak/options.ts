import { parseArgs } from 'node:util';
import { DATABASES, type DatabaseKind } from '../../test/support/databases';

export type DatabaseChoice = DatabaseKind['name'];

export interface SoakOptions {
  seconds: number;
  customers: number;
  /** Unset: MariaDB when it answers, else SQLite. */
  db: DatabaseChoice | undefined;
}

/** The command line, falling back to SOAK_SECONDS, SOAK_CUSTOMERS and SOAK_DB. */
export function options(): SoakOptions {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, customers: { type: 'string' }, db: { type: 'string' } } });
  const db = values.db ?? process.env.SOAK_DB;
  if (db !== undefined && !DATABASES.some((kind) => kind.name === db)) throw new Error('--db must be sqlite, mysql or postgres');
  return {
    seconds: wholeNumber('seconds', values.seconds ?? process.env.SOAK_SECONDS ?? '60', 3_600),
    customers: wholeNumber('customers', values.customers ?? process.env.SOAK_CUSTOMERS ?? '20', 500),
    db: db as DatabaseChoice | undefined,
  };
}

function wholeNumber(name: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
  return value;
}
