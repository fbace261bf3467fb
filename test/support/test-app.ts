import request from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Application, createApplication } from '../../src/container';
import { loadConfig } from '../../src/infrastructure/config';
import { createLogger } from '../../src/infrastructure/logger';
import { type SignedIn, signInAsAdmin } from './accounts';
import { DATABASES, type DatabaseKind, createScratchDatabase, isAvailable } from './databases';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

export interface TestApp {
  kind: DatabaseKind;
  application: Application;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real application on a fresh, migrated database of the given kind. */
export async function startTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  onQuery?: (sql: string) => void,
): Promise<TestApp> {
  const scratch = await createScratchDatabase(kind);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: scratch.url,
    JWT_SECRET: TEST_JWT_SECRET,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const application = await createApplication(config, { logger: createLogger('silent'), onQuery });
  await application.migrate();
  return {
    kind,
    application,
    http: request(application.app),
    close: async () => {
      await application.close();
      await scratch.drop();
    },
  };
}

/**
 * Declares a suite once per database. Server databases without a URL are reported as skipped
 * suites rather than silently left out.
 */
export function describeEachDatabase(title: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASES) {
    const available = isAvailable(kind);
    const label = available ? kind.label : `${kind.label}: skipped, ${kind.urlVariable} is not set`;
    describe.skipIf(!available)(`${title} [${label}]`, () => suite(kind));
  }
}

/** A suite's app on a fresh database with an admin signed in, from before its tests until after. */
export function appWithAdmin(kind: DatabaseKind): { app: TestApp; admin: SignedIn } {
  const suite = {} as { app: TestApp; admin: SignedIn };
  beforeAll(async () => {
    suite.app = await startTestApp(kind);
    suite.admin = await signInAsAdmin(suite.app);
  });
  afterAll(() => suite.app?.close());
  return suite;
}
