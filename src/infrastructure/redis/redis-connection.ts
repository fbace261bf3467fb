import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';

// A slow Redis must not slow requests: past this a command fails and its caller falls back.
const COMMAND_TIMEOUT_MS = 500;
// How long start-up waits for the first connection, so that the first requests already share their counts.
const FIRST_CONNECTION_WAIT_MS = 2_000;

/**
 * A Redis client that fails fast: while the connection is down, a command is refused at once
 * instead of queued, and the client keeps reconnecting in the background. An outage is logged
 * once, with the reason and never the URL (it may hold a password), and so is the recovery.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ reason: error.message }, 'Redis is unreachable: rate limits count in this process until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis is reachable again');
  });
  await once(redis, 'ready', { signal: AbortSignal.timeout(FIRST_CONNECTION_WAIT_MS) }).catch(() => undefined);
  return redis;
}
