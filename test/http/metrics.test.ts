import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases';
import { samplesOf, valueOf } from '../support/prometheus';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describe('GET /metrics', () => {
  it('is an unknown route unless METRICS_ENABLED=true', async () => {
    const app = await startTestApp(DATABASES[0]!);
    try {
      const response = await app.http.get('/metrics').expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('NOT_FOUND');
    } finally {
      await app.close();
    }
  });
});

describe('GET /metrics with METRICS_ENABLED=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { METRICS_ENABLED: 'true' });
  });
  afterAll(() => app?.close());

  const scrape = async () => {
    const response = await app.http.get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };

  it('serves the request, database pool and Node.js process metrics in Prometheus text format', async () => {
    const text = await scrape();
    for (const name of [
      'http_requests_total',
      'http_request_duration_seconds',
      'storefront_db_pool_connections',
      'process_cpu_user_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('counts and times each request under its route template and status', async () => {
    const before = await scrape();
    const route = { method: 'GET', route: '/products/{id}', status: '404' };
    await app.http.get('/products/123').expect(404);
    await app.http.get('/products/456').query({ fields: 'secret-term' }).expect(404);
    const after = await scrape();

    expect(valueOf(after, 'http_requests_total', route) - valueOf(before, 'http_requests_total', route)).toBe(2);
    const timed = valueOf(after, 'http_request_duration_seconds_count', route) - valueOf(before, 'http_request_duration_seconds_count', route);
    expect(timed).toBe(2);
  });

  it('labels lists, tRPC calls and unknown paths with fixed names, never with the URL', async () => {
    await app.http.get('/products').query({ q: 'secret-term', page: 2 }).expect(200);
    await app.http.get('/trpc/products.byId').query({ input: JSON.stringify({ id: 789 }) }).expect(404);
    await app.http.get('/no/such/path/321').query({ token: 'secret-term' }).expect(404);
    const text = await scrape();

    expect(valueOf(text, 'http_requests_total', { method: 'GET', route: '/products', status: '200' })).toBe(1);
    expect(valueOf(text, 'http_requests_total', { method: 'GET', route: '/trpc', status: '404' })).toBe(1);
    expect(valueOf(text, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    const routes = new Set(samplesOf(text, 'http_requests_total').map((sample) => sample.labels.route));
    for (const route of routes) expect(route).not.toMatch(/\d|secret|\?/);
  });
});

describeEachDatabase('the database pool metric', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind, { METRICS_ENABLED: 'true' });
  });
  afterAll(() => app?.close());

  it('tells the idle, used and waiting connections of a server database, and nothing for SQLite', async () => {
    await app.http.get('/products').expect(200);
    const text = (await app.http.get('/metrics').expect(200)).text;
    const states = samplesOf(text, 'storefront_db_pool_connections').map((sample) => sample.labels.state);
    if (kind.name === 'sqlite') return expect(states).toEqual([]);
    expect(states.sort()).toEqual(['idle', 'used', 'waiting']);
    expect(valueOf(text, 'storefront_db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
  });
});
