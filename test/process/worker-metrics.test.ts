import { describe, expect, it } from 'vitest';
import { finished, listeningPort, outputContaining, runScript } from '../support/processes';
import { valueOf } from '../support/prometheus';
import { scratchSqliteUrl } from '../support/scratch-sqlite';

const REQUESTS = 10;
const HEALTH = { method: 'GET', route: '/health', status: '200' };

describe('GET /metrics with WEB_CONCURRENCY workers', () => {
  it('tells the requests of all the workers added up, whichever worker answers the scrape', async () => {
    const server = runScript('src/main.ts', [], {
      PORT: '0',
      WEB_CONCURRENCY: '2',
      METRICS_ENABLED: 'true',
      DATABASE_URL: await scratchSqliteUrl(),
      JWT_SECRET: 'workers-secret-that-is-long-enough-for-hs256',
    });
    const exit = finished(server);
    try {
      const base = `http://127.0.0.1:${await listeningPort(server)}`;
      await outputContaining(server, '"msg":"storefront is listening"');
      // A connection each, so that the primary hands them out to both workers.
      const get = (path: string) => fetch(`${base}${path}`, { headers: { Connection: 'close' } });
      for (let index = 0; index < REQUESTS; index++) expect((await get('/health')).status).toBe(200);

      for (let scrape = 0; scrape < 4; scrape++) {
        const response = await get('/metrics');
        expect(response.status).toBe(200);
        expect(valueOf(await response.text(), 'http_requests_total', HEALTH)).toBe(REQUESTS);
      }
    } finally {
      server.kill('SIGTERM');
    }
    expect((await exit).code).toBe(0);
  }, 60_000);
});
