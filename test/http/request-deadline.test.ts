import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infrastructure/logger';
import { createHttpApp } from '../../src/interfaces/http/app';
import type { Resolve } from '../../src/interfaces/operation';

const TIMEOUT_MS = 300;

// Every use case hangs, as behind a database that keeps its connections open and never answers.
const hanging = (() => ({ execute: () => new Promise(() => undefined) })) as unknown as Resolve;

const app = createHttpApp({
  resolve: hanging,
  logger: createLogger('silent'),
  checkDatabase: () => new Promise(() => undefined),
  trustProxy: 0,
  requestTimeoutMs: TIMEOUT_MS,
  maxBatch: 10,
  corsOrigins: [],
});

describe('the request deadline', () => {
  it('answers a REST request still unanswered after REQUEST_TIMEOUT_MS with a 503 problem', async () => {
    const started = Date.now();
    const response = await request(app).get('/products/1').expect(503);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Service Unavailable' });
  });

  it('answers over tRPC in its error shape, one per call of a batch', async () => {
    const single = await request(app).get('/trpc/products.byId?input=%7B%22id%22%3A1%7D').expect(503);
    expect(single.headers['retry-after']).toBe('5');
    expect(single.body.error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, appCode: 'SERVICE_UNAVAILABLE' });

    const batch = await request(app).get('/trpc/products.list,categories.list?batch=1').expect(503);
    expect(batch.body).toHaveLength(2);
    expect(batch.body[1].error.data.appCode).toBe('SERVICE_UNAVAILABLE');
  });

  it('answers /ready with 503 when the database does not answer', async () => {
    await request(app).get('/ready').expect(503);
  });
});
