import type { AddressInfo } from 'node:net';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../src/interfaces/trpc';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from './databases';
import { type TestApp, startTestApp } from './test-app';

/** Serves the app on a free port and returns a typed client factory for it. */
export async function listen(app: TestApp) {
  const server = app.application.app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
  return {
    client: (accessToken?: string, headers: Record<string, string> = {}) =>
      createTRPCClient<AppRouter>({
        links: [httpLink({ url, headers: () => (accessToken ? { ...headers, Authorization: `Bearer ${accessToken}` } : headers) })],
      }),
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Listening = Awaited<ReturnType<typeof listen>>;

/** A suite's app on a fresh database, listening from before its tests until after them. */
export function listeningApp(kind: DatabaseKind): { app: TestApp; server: Listening } {
  const suite = {} as { app: TestApp; server: Listening };
  beforeAll(async () => {
    suite.app = await startTestApp(kind);
    suite.server = await listen(suite.app);
  });
  afterAll(async () => {
    await suite.server?.close();
    await suite.app?.close();
  });
  return suite;
}
