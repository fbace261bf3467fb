import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/accounts';
import { finished, listeningPort, outputContaining, runScript } from '../support/processes';
import { scratchSqliteUrl } from '../support/scratch-sqlite';

describe('WEB_CONCURRENCY workers', () => {
  it('serve one port from several processes, count one rate limit between them, and all stop on SIGTERM', async () => {
    const server = runScript('src/main.ts', [], {
      PORT: '0',
      WEB_CONCURRENCY: '2',
      AUTH_RATE_LIMIT_PER_MINUTE: '4',
      DATABASE_URL: await scratchSqliteUrl(),
      JWT_SECRET: 'workers-secret-that-is-long-enough-for-hs256',
    });
    const exit = finished(server);
    const base = `http://127.0.0.1:${await listeningPort(server)}`;
    await outputContaining(server, '"msg":"storefront is listening"');

    const signups = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        fetch(`${base}/auth/signup`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Connection: 'close' },
          body: JSON.stringify({ email: `worker${index}@shop.test`, password: PASSWORD }),
        }).then((response) => response.status),
      ),
    );
    expect(signups.filter((status) => status === 201)).toHaveLength(4);
    expect(signups.filter((status) => status === 429)).toHaveLength(4);

    server.kill('SIGTERM');
    const result = await exit;
    expect(result.code).toBe(0);
    const pids = new Set([...result.stdout.matchAll(/"pid":(\d+)[^\n]*"msg":"storefront is listening"/g)].map((match) => match[1]));
    expect(pids.size).toBe(2);
    expect(result.stdout.match(/"msg":"stopped"/g)?.length).toBe(3);
  }, 60_000);
});
