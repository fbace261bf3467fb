import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { closedPort } from '../../../test/support/ports';
import { createLogger } from '../logger';
import { connectRedis } from './redis-connection';

const PASSWORD = 'redis-password-nobody-logs';

it('starts without a Redis that refuses connections, and says so once, without the URL', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const started = Date.now();
  const redis = await connectRedis(`redis://:${PASSWORD}@127.0.0.1:${await closedPort()}`, createLogger('info', sink));
  try {
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(redis.ping()).rejects.toThrow();
    // Time for a few reconnection attempts, each failing again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, msg: expect.stringMatching(/^Redis is unreachable/) });
    expect(lines[0]).not.toContain(PASSWORD);
  } finally {
    redis.disconnect();
  }
});
