import type { Dialect } from 'sequelize';

export type SupportedDialect = Extract<Dialect, 'sqlite' | 'mysql' | 'postgres'>;

export interface ConnectionOptions {
  dialect: SupportedDialect;
  storage?: string;
  host?: string;
  port?: number;
  database?: string;
  username?: string;
  password?: string;
}

const SERVER_DIALECTS: Record<string, SupportedDialect> = {
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
};

/** Turns a DATABASE_URL into options that both the app and sequelize-cli understand. */
export function connectionOptions(databaseUrl: string): ConnectionOptions {
  if (databaseUrl.startsWith('sqlite:')) {
    const storage = databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return { dialect: 'sqlite', storage: storage || ':memory:' };
  }
  const url = new URL(databaseUrl);
  const dialect = SERVER_DIALECTS[url.protocol];
  if (!dialect) throw new Error(`Unsupported database URL scheme ${url.protocol}`);
  const options: ConnectionOptions = { dialect, host: url.hostname };
  if (url.port) options.port = Number(url.port);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database) options.database = database;
  if (url.username) options.username = decodeURIComponent(url.username);
  if (url.password) options.password = decodeURIComponent(url.password);
  return options;
}
