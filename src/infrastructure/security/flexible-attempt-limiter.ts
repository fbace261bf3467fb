import cluster from 'node:cluster';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterCluster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AttemptLimiter } from '../../application/ports/attempt-limiter';
import { RateLimitedError } from '../../domain/shared/errors';

/** Counts attempts with rate-limiter-flexible, wherever its limiter keeps the counts. */
export class FlexibleAttemptLimiter implements AttemptLimiter {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  /**
   * Counts in this process's memory; in a worker of `WEB_CONCURRENCY`, in the primary's, so that
   * all the workers of one instance count against one limit.
   */
  static inProcess(name: string, limit: number, windowSeconds: number): FlexibleAttemptLimiter {
    return new FlexibleAttemptLimiter(inProcessLimiter({ keyPrefix: name, points: limit, duration: windowSeconds }));
  }

  /**
   * Counts in Redis, under `redisPrefix`, so that every instance counts against one limit. While
   * Redis cannot be reached it counts in process, as `inProcess` does: an outage loosens the
   * limit to one per instance rather than failing the requests it guards.
   */
  static shared(redis: Redis, redisPrefix: string, name: string, limit: number, windowSeconds: number): FlexibleAttemptLimiter {
    const window = { points: limit, duration: windowSeconds };
    return new FlexibleAttemptLimiter(
      new RateLimiterRedis({
        ...window,
        storeClient: redis,
        keyPrefix: `${redisPrefix}rate-limit:${name}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: inProcessLimiter({ ...window, keyPrefix: name }),
      }),
    );
  }

  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refusal(error);
      throw error;
    }
  }

  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const inProcessLimiter = (options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract =>
  cluster.isWorker ? new RateLimiterCluster(options) : new RateLimiterMemory(options);

const refusal = (state: RateLimiterRes) => new RateLimitedError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
