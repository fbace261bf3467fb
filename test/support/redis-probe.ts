import { Redis } from 'ioredis';

/** The variable holding the URL of the Redis that the shared-state suites use. */
export const REDIS_URL_VARIABLE = 'TEST_REDIS_URL';

/** The test Redis, as the global setup found it: its URL if it answers, or why its suites are skipped. */
export type TestRedis = { url: string } | { skipped: string };

/** Finds out whether the test Redis answers; the global setup asks once for the whole run. */
export async function probeTestRedis(): Promise<TestRedis> {
  const url = process.env[REDIS_URL_VARIABLE];
  if (!url) return { skipped: `${REDIS_URL_VARIABLE} is not set` };
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return { url };
  } catch {
    return { skipped: `the Redis at ${REDIS_URL_VARIABLE} does not answer` };
  } finally {
    redis.disconnect();
  }
}
