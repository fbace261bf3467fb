import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { PASSWORD } from './accounts';
import { DATABASES, type ScratchDatabase, createScratchDatabase } from './databases';
import { type Finished, finished, listeningPort, runScript } from './processes';

/** The real server on a fresh SQLite file with an admin, for an example to run against, from before a suite until after it. */
export function exampleServer(): { baseUrl: string; admin: { email: string; password: string } } {
  const suite = { admin: { email: 'boss@shop.test', password: PASSWORD }, baseUrl: '' };
  let database: ScratchDatabase;
  let server: ChildProcessWithoutNullStreams;
  let exit: Promise<Finished>;
  beforeAll(async () => {
    database = await createScratchDatabase(DATABASES[0]!);
    server = runScript('src/main.ts', [], { PORT: '0', DATABASE_URL: database.url, ADMIN_EMAIL: suite.admin.email, ADMIN_PASSWORD: suite.admin.password });
    exit = finished(server);
    suite.baseUrl = `http://127.0.0.1:${await listeningPort(server)}`;
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    await exit;
    await database?.drop();
  });
  return suite;
}
