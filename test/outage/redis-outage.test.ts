import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { deleteKeysUnder, describeWithRedis, keysUnder, uniqueRedisPrefix } from '../support/redis';
import { type TestApp, startTestApp } from '../support/test-app';
import { type Outage, TcpProxy } from './tcp-proxy';

// A command that Redis never answers fails after 500 ms; the rest is a busy machine's margin.
const ANSWERED_WITHIN_MS = 2_000;
const BACK_WITHIN_MS = 8_000;

describeWithRedis('rate limits through a Redis outage', (redisUrl) => {
  const prefix = uniqueRedisPrefix();
  let proxy: TcpProxy;
  let app: TestApp;
  beforeAll(async () => {
    const { hostname, port } = new URL(redisUrl);
    proxy = new TcpProxy({ host: hostname, port: Number(port || 6379) });
    await proxy.start();
    app = await startTestApp(DATABASES[0]!, { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, REDIS_PREFIX: prefix });
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await deleteKeysUnder(redisUrl, prefix);
  });

  const signUp = async () => {
    const started = Date.now();
    await app.http.post('/auth/signup').send({ email: uniqueEmail(), password: PASSWORD }).expect(201);
    return Date.now() - started;
  };
  const countedInRedis = async () => (await keysUnder(redisUrl, `${prefix}rate-limit:auth-requests:`)).length > 0;

  it.each<[string, Outage]>([
    ['connections refused and reset', 'refused'],
    ['a black hole: connections open, no reply', 'black hole'],
  ])('%s: requests are counted in process and answered in time, and Redis counts again once back', async (_title, outage) => {
    await deleteKeysUnder(redisUrl, prefix);
    await proxy.cut(outage);
    try {
      for (let attempt = 0; attempt < 2; attempt++) expect(await signUp()).toBeLessThan(ANSWERED_WITHIN_MS);
      expect(await countedInRedis()).toBe(false);
    } finally {
      await proxy.restore();
    }
    const deadline = Date.now() + BACK_WITHIN_MS;
    while (!(await countedInRedis()) && Date.now() < deadline) await signUp();
    expect(await countedInRedis()).toBe(true);
  });
});
