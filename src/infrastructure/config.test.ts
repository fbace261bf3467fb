import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults that run the embedded database', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('sqlite:data/storefront.sqlite');
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.AUTH_RATE_LIMIT_PER_MINUTE).toBe(20);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'oracle://db/x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'a@b.io' }, 'ADMIN_PASSWORD'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY'],
    [{ REQUEST_TIMEOUT_MS: '2000', DATABASE_TIMEOUT_MS: '2000' }, 'DATABASE_TIMEOUT_MS'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ METRICS_ENABLED: 'yes' }, 'METRICS_ENABLED'],
  ])('names the bad variable in %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('trusts no proxy by default, one for true, a number of hops, or a list of addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '::1']);
  });

  it('gives the database half the request deadline unless told otherwise', () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '4000' }).DATABASE_TIMEOUT_MS).toBe(2000);
    expect(loadConfig({ DATABASE_TIMEOUT_MS: '0' }).DATABASE_TIMEOUT_MS).toBe(0);
  });

  it('shares nothing through Redis and serves no metrics unless told to', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBeUndefined();
    expect(config).toMatchObject({ REDIS_PREFIX: 'storefront:', METRICS_ENABLED: false });
    expect(loadConfig({ REDIS_URL: 'redis://:pw@cache:6379/2', METRICS_ENABLED: 'true' })).toMatchObject({
      REDIS_URL: 'redis://:pw@cache:6379/2',
      METRICS_ENABLED: true,
    });
  });

  it('accepts a long secret in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toHaveLength(32);
  });
});
