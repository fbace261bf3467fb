import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AttemptLimiter } from '../../application/ports/attempt-limiter';
import { RateLimitedError } from '../../domain/shared/errors';

/** Counts attempts in this process's memory; each instance of the service keeps its own counts. */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(limit: number, windowSeconds: number) {
    this.limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds });
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

const refusal = (state: RateLimiterRes) => new RateLimitedError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
