import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { type Instances, startInstances } from '../support/instances';
import { closedPort } from '../support/ports';
import { deleteKeysUnder, describeWithRedis, keysUnder, uniqueRedisPrefix } from '../support/redis';
import type { TestApp } from '../support/test-app';

const signUp = (instance: TestApp, email = uniqueEmail()) => instance.http.post('/auth/signup').send({ email, password: PASSWORD });
const logIn = (instance: TestApp, email: string, password: string) => instance.http.post('/auth/login').send({ email, password });

/** Two instances on one database, counting in the test Redis under a prefix of their own. */
function twoInstancesSharingRedis(redisUrl: string, env: Record<string, string>) {
  const suite = { prefix: uniqueRedisPrefix() } as { prefix: string; started: Instances; a: TestApp; b: TestApp };
  beforeAll(async () => {
    suite.started = await startInstances(DATABASES[0]!, 2, { REDIS_URL: redisUrl, REDIS_PREFIX: suite.prefix, ...env });
    [suite.a, suite.b] = suite.started.instances as [TestApp, TestApp];
  });
  afterAll(async () => {
    await suite.started?.close();
    await deleteKeysUnder(redisUrl, suite.prefix);
  });
  return suite;
}

describeWithRedis('login and signup requests with REDIS_URL', (redisUrl) => {
  const suite = twoInstancesSharingRedis(redisUrl, { AUTH_RATE_LIMIT_PER_MINUTE: '3' });

  it('count against one limit whichever instance they reach, with keys under REDIS_PREFIX', async () => {
    await signUp(suite.a).expect(201);
    await signUp(suite.b).expect(201);
    await signUp(suite.a).expect(201);
    const refused = await signUp(suite.b).expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await signUp(suite.a).expect(429);

    const keys = await keysUnder(redisUrl, suite.prefix);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith(`${suite.prefix}rate-limit:`)).toBe(true);
  });
});

describeWithRedis('failed logins with REDIS_URL', (redisUrl) => {
  const suite = twoInstancesSharingRedis(redisUrl, { LOGIN_FAILURE_LIMIT: '2' });

  it('lock the account on every instance, whichever instances they were made on', async () => {
    const email = uniqueEmail();
    await signUp(suite.a, email).expect(201);
    await logIn(suite.a, email, 'wrong one').expect(401);
    await logIn(suite.b, email, 'wrong one').expect(401);
    expect((await logIn(suite.a, email, PASSWORD).expect(429)).body.code).toBe('RATE_LIMITED');
    await logIn(suite.b, email, PASSWORD).expect(429);
  });

  it('are forgotten on every instance after a successful login on any of them', async () => {
    const email = uniqueEmail();
    await signUp(suite.a, email).expect(201);
    await logIn(suite.a, email, 'wrong one').expect(401);
    await logIn(suite.b, email, PASSWORD).expect(200);
    await logIn(suite.a, email, 'wrong one').expect(401);
    await logIn(suite.a, email, PASSWORD).expect(200);
  });
});

describe('rate limits while Redis cannot be reached', () => {
  let started: Instances;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    started = await startInstances(DATABASES[0]!, 2, {
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
      LOGIN_FAILURE_LIMIT: '2',
    });
    [a, b] = started.instances as [TestApp, TestApp];
  });
  afterAll(() => started?.close());

  it('still let customers in, and count each instance on its own', async () => {
    const email = uniqueEmail();
    await signUp(a, email).expect(201);
    await logIn(a, email, 'wrong one').expect(401);
    await logIn(a, email, PASSWORD).expect(200);
    expect((await signUp(a).expect(429)).body.code).toBe('RATE_LIMITED');

    await logIn(b, email, 'wrong one').expect(401);
    await logIn(b, email, 'wrong one').expect(401);
    await logIn(b, email, PASSWORD).expect(429);
  });
});
