import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { SERVER_DATABASES } from './databases';
import { probeTestRedis } from './redis-probe';

/** Says once, at the top of the run, which server-database, Redis and RabbitMQ suites will not run. */
export default async function announceDatabases(project: TestProject): Promise<void> {
  for (const database of SERVER_DATABASES) {
    if (!process.env[database.urlVariable]) {
      console.warn(`SKIPPED: the ${database.label} suites (set ${database.urlVariable} to run them)`);
    }
  }
  if (!process.env.TEST_AMQP_URL) console.warn('SKIPPED: the RabbitMQ suites (set TEST_AMQP_URL to run them)');
  const redis = await probeTestRedis();
  if ('skipped' in redis) console.warn(`SKIPPED: the Redis suites (${redis.skipped})`);
  project.provide('testRedis', redis);
}
