import request from 'supertest';
import { createApplication } from '../../src/container';
import { loadConfig } from '../../src/infrastructure/config';
import { createLogger } from '../../src/infrastructure/logger';
import { type DatabaseKind, createScratchDatabase } from './databases';
import { TEST_JWT_SECRET, type TestApp } from './test-app';

export interface Instances {
  instances: TestApp[];
  close(): Promise<void>;
}

/** `count` instances of the application on one fresh, migrated database, as behind a load balancer. */
export async function startInstances(kind: DatabaseKind, count: number, env: Record<string, string>): Promise<Instances> {
  const scratch = await createScratchDatabase(kind);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: scratch.url, JWT_SECRET: TEST_JWT_SECRET, ...env });
  const applications = await Promise.all(
    Array.from({ length: count }, () => createApplication(config, { logger: createLogger('silent') })),
  );
  await applications[0]!.migrate();
  const instances = applications.map((application) => ({
    kind,
    application,
    http: request(application.app),
    close: () => application.close(),
  }));
  return {
    instances,
    close: async () => {
      await Promise.all(applications.map((application) => application.close()));
      await scratch.drop();
    },
  };
}
