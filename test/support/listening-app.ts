import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from './databases';
import { type TestApp, startTestApp } from './test-app';

/**
 * A suite's app on a fresh database, served on a port of its own from before its tests until
 * after them: requests sent at once through `http` really overlap on one process.
 */
export function listeningTestApp(kind: DatabaseKind): { app: TestApp; http: ReturnType<typeof request> } {
  const suite = {} as { app: TestApp; http: ReturnType<typeof request>; server: Server };
  beforeAll(async () => {
    suite.app = await startTestApp(kind);
    suite.server = suite.app.application.app.listen(0);
    await new Promise((resolve) => suite.server.once('listening', resolve));
    suite.http = request(`http://127.0.0.1:${(suite.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await new Promise((resolve) => suite.server?.close(resolve));
    await suite.app?.close();
  });
  return suite;
}
