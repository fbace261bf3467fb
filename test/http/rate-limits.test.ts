import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

// The limits live in process memory, so one database shows them.
describe('rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { AUTH_RATE_LIMIT_PER_MINUTE: '5', LOGIN_FAILURE_LIMIT: '2' });
  });
  afterAll(() => app?.close());

  it('locks an account after its failed logins, even for the right password', async () => {
    const email = uniqueEmail();
    await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
    await app.http.post('/auth/login').send({ email, password: 'wrong one' }).expect(401);
    await app.http.post('/auth/login').send({ email, password: 'wrong one' }).expect(401);
    const locked = await app.http.post('/auth/login').send({ email, password: PASSWORD }).expect(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    const overTrpc = await app.http.post('/trpc/auth.login').send({ email, password: PASSWORD }).expect(429);
    expect(overTrpc.body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'RATE_LIMITED' });
    expect(Number(overTrpc.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits login and signup requests per client address', async () => {
    // The first test spent all five of this address's requests.
    const response = await app.http.post('/auth/signup').send({ email: uniqueEmail(), password: PASSWORD }).expect(429);
    expect(response.body.code).toBe('RATE_LIMITED');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});

describe('the per-address limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => app?.close());

  it('counts malformed and invalid requests too, over REST and tRPC alike', async () => {
    await app.http.post('/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    await app.http.post('/auth/signup').send({ email: 'not-an-email', password: PASSWORD }).expect(400);
    await app.http.post('/trpc/auth.login').send({ email: 42 }).expect(400);
    const refused = await app.http.post('/auth/signup').send({ email: uniqueEmail(), password: PASSWORD }).expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
  });
});

describe('guest cart creation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { AUTH_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => app?.close());

  it('is limited per client address with a counter of its own, over REST and tRPC alike', async () => {
    await app.http.post('/cart/guest').expect(201);
    await app.http.post('/trpc/cart.createGuest').set('Content-Type', 'application/json').expect(200);
    const refused = await app.http.post('/cart/guest').expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await app.http.post('/trpc/cart.createGuest').set('Content-Type', 'application/json').expect(429);

    await app.http.post('/auth/signup').send({ email: uniqueEmail(), password: PASSWORD }).expect(201);
  });
});

describe('the client address behind a proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { AUTH_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'true' });
  });
  afterAll(() => app?.close());

  const signUpFrom = (forwardedFor: string) =>
    app.http.post('/auth/signup').set('X-Forwarded-For', forwardedFor).send({ email: uniqueEmail(), password: PASSWORD });

  it('takes the address the trusted proxy saw, so a client cannot reset its limit by writing its own', async () => {
    await signUpFrom('10.0.0.1, 198.51.100.7').expect(201);
    await signUpFrom('10.0.0.2, 198.51.100.7').expect(201);
    const refused = await signUpFrom('10.0.0.3, 198.51.100.7').expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    await signUpFrom('10.0.0.3, 198.51.100.8').expect(201);
  });

  it('counts an IPv6 client by its /64, whichever address of it the client picks', async () => {
    await signUpFrom('2001:db8:1:2::a').expect(201);
    await signUpFrom('2001:db8:1:2:ffff::b').expect(201);
    await signUpFrom('2001:db8:1:2::c').expect(429);
    await signUpFrom('2001:db8:1:3::a').expect(201);
  });
});
