import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const batchPath = (procedure: string, calls: number) =>
  `/trpc/${Array.from({ length: calls }, () => procedure).join(',')}?batch=1`;

const signups = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [index, { email: uniqueEmail(), password: PASSWORD }]));

// The batch limit is the edge's, the same whatever the database.
describe('tRPC batches', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { TRPC_MAX_BATCH: '4', AUTH_RATE_LIMIT_PER_MINUTE: '6' });
  });
  afterAll(() => app?.close());

  it('runs a batch of up to TRPC_MAX_BATCH calls', async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: {}, 2: {}, 3: {} }));
    const response = await app.http.get(`${batchPath('products.list', 4)}&input=${input}`).expect(200);
    expect(response.body).toHaveLength(4);
  });

  it('refuses a longer batch as a whole with 400 BATCH_TOO_LARGE, before any call runs', async () => {
    const listing = await app.http.get(batchPath('products.list', 5)).expect(400);
    expect(listing.body.error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, appCode: 'BATCH_TOO_LARGE' });

    const input = signups(5);
    await app.http.post(batchPath('auth.signup', 5)).send(input).expect(400);
    for (const { email } of Object.values(input)) {
      const login = await app.http.post('/trpc/auth.login').send({ email, password: PASSWORD });
      expect(login.body.error.data.appCode).toBe('INVALID_CREDENTIALS');
    }
  });

  it('counts each call of a batch against the login and signup limit', async () => {
    // The refused batch counted nothing and the test above spent five of the six requests.
    const response = await app.http.post(batchPath('auth.signup', 2)).send(signups(2));
    const results = response.body as { result?: unknown; error?: { data: { appCode: string } } }[];
    expect(results[0]).toHaveProperty('result');
    expect(results[1]?.error?.data.appCode).toBe('RATE_LIMITED');
  });
});
