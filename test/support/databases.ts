import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Sequelize } from 'sequelize';
import { connectionOptions } from '../../src/infrastructure/sequelize/connection-options';

export interface DatabaseKind {
  name: 'sqlite' | 'mysql' | 'postgres';
  label: string;
  /** The variable holding the server's URL; the embedded database needs none. */
  urlVariable?: string;
}

export const SERVER_DATABASES = [
  { name: 'mysql', label: 'MariaDB/MySQL', urlVariable: 'TEST_MYSQL_URL' },
  { name: 'postgres', label: 'PostgreSQL', urlVariable: 'TEST_POSTGRES_URL' },
] as const satisfies readonly DatabaseKind[];

export const DATABASES: readonly DatabaseKind[] = [{ name: 'sqlite', label: 'SQLite' }, ...SERVER_DATABASES];

export function isAvailable(kind: DatabaseKind): boolean {
  return !kind.urlVariable || Boolean(process.env[kind.urlVariable]);
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database of the given kind, for one test file; `drop` removes it. */
export async function createScratchDatabase(kind: DatabaseKind): Promise<ScratchDatabase> {
  const name = `storefront_test_${randomBytes(6).toString('hex')}`;
  if (kind.name === 'sqlite') {
    const file = path.join(tmpdir(), `${name}.sqlite`);
    return {
      url: `sqlite:${file}`,
      drop: async () => {
        await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })));
      },
    };
  }
  const serverUrl = new URL(process.env[kind.urlVariable!]!);
  const quoted = kind.name === 'mysql' ? `\`${name}\`` : `"${name}"`;
  const charset = kind.name === 'mysql' ? ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' : '';
  await onServer(serverUrl, `CREATE DATABASE ${quoted}${charset}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${quoted}${kind.name === 'postgres' ? ' WITH (FORCE)' : ''}`),
  };
}

async function onServer(serverUrl: URL, statement: string): Promise<void> {
  const admin = new URL(serverUrl);
  if (admin.protocol.startsWith('postgres') && admin.pathname.length <= 1) admin.pathname = '/postgres';
  const sequelize = new Sequelize({ ...connectionOptions(admin.toString()), logging: false });
  try {
    await sequelize.query(statement);
  } finally {
    await sequelize.close();
  }
}

