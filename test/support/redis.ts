import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, inject } from 'vitest';
import type { TestRedis } from './redis-probe';

declare module 'vitest' {
  export interface ProvidedContext {
    testRedis: TestRedis;
  }
}

/** Declares a suite that needs the test Redis; without one it is reported as skipped, with the reason. */
export function describeWithRedis(title: string, suite: (url: string) => void): void {
  const redis = inject('testRedis');
  if ('url' in redis) describe(title, () => suite(redis.url));
  else describe.skip(`${title} [skipped: ${redis.skipped}]`, () => suite(''));
}

/** A key prefix no other test run uses. */
export const uniqueRedisPrefix = () => `test:${randomBytes(6).toString('hex')}:`;

/** The keys under `prefix`, found with SCAN, never KEYS, as on a Redis that others use. */
export async function keysUnder(url: string, prefix: string): Promise<string[]> {
  return withRedis(url, (redis) => scan(redis, prefix));
}

export async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  await withRedis(url, async (redis) => {
    const keys = await scan(redis, prefix);
    if (keys.length > 0) await redis.del(...keys);
  });
}

async function scan(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 100 })) keys.push(...(batch as string[]));
  return keys;
}

async function withRedis<T>(url: string, work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(url);
  try {
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}
