import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createApplication } from '../../src/container';
import { loadConfig } from '../../src/infrastructure/config';
import { createLogger } from '../../src/infrastructure/logger';
import { type DatabaseKind, createScratchDatabase } from '../support/databases';
import { TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { TcpProxy } from './tcp-proxy';

const DEFAULT_PORTS: Record<DatabaseKind['name'], number> = { sqlite: 0, mysql: 3306, postgres: 5432 };

/** Long enough for a healthy pool to drain, short enough that a stuck one cannot stall the run. */
const CLOSE_WITHIN_MS = 5_000;

export interface AppBehindProxy extends TestApp {
  proxy: TcpProxy;
  /** The app listening on loopback, for requests that must really overlap and be timed. */
  baseUrl: string;
}

/** The real application on a fresh database that it reaches only through a TCP proxy. */
export async function startBehindProxy(kind: DatabaseKind, env: Record<string, string>): Promise<AppBehindProxy> {
  const scratch = await createScratchDatabase(kind);
  const direct = new URL(scratch.url);
  const proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || DEFAULT_PORTS[kind.name]) });
  try {
    return await startApp(kind, scratch.url, proxy, env, async () => {
      await proxy.close();
      await scratch.drop();
    });
  } catch (error) {
    await proxy.close();
    await scratch.drop();
    throw error;
  }
}

async function startApp(
  kind: DatabaseKind,
  databaseUrl: string,
  proxy: TcpProxy,
  env: Record<string, string>,
  release: () => Promise<void>,
): Promise<AppBehindProxy> {
  await proxy.start();
  const viaProxy = new URL(databaseUrl);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: viaProxy.toString(),
    JWT_SECRET: TEST_JWT_SECRET,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const application = await createApplication(config, { logger: createLogger('silent') });
  await application.migrate();
  const server = application.app.listen(0, '127.0.0.1');
  await once(server, 'listening');

  return {
    kind,
    application,
    proxy,
    http: request(application.app),
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await proxy.restore();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await within(CLOSE_WITHIN_MS, application.close());
      await release();
    },
  };
}

async function within(ms: number, work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
