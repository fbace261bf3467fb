import { z } from 'zod';

export const DEFAULT_DATABASE_URL = 'sqlite:data/storefront.sqlite';

const DATABASE_SCHEMES = ['sqlite:', 'mysql:', 'mariadb:', 'postgres:', 'postgresql:'];

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * Which proxies may say who the client is in `X-Forwarded-For`: `false` none; a number of hops
 * in front of the service (`true` is one); or a list of proxy addresses and subnets. Trusting
 * every hop would let a client pick its own address, and with it its own rate limit.
 */
const trustedProxies = z
  .string()
  .default('false')
  .transform((value): number | string[] => {
    if (value === 'false') return 0;
    if (value === 'true') return 1;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    return value.split(',').map((entry) => entry.trim());
  })
  .refine((value) => typeof value === 'number' || value.every((entry) => /^[\da-fA-F.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(entry)), {
    message: 'must be false, true (one proxy), a number of proxies, or a list of proxy addresses or subnets',
  });

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: integer(0, 65535).default(3000),
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .refine((url) => DATABASE_SCHEMES.some((scheme) => url.startsWith(scheme)), {
        message: `must start with one of ${DATABASE_SCHEMES.join(' ')}`,
      })
      .default(DEFAULT_DATABASE_URL),
    JWT_SECRET: z.string().min(1).optional(),
    JWT_ISSUER: z.string().min(1).default('storefront'),
    JWT_AUDIENCE: z.string().min(1).default('storefront-api'),
    ACCESS_TOKEN_TTL_SECONDS: integer(30, 86_400).default(900),
    REFRESH_TOKEN_TTL_SECONDS: integer(60, 31_536_000).default(2_592_000),
    AUTH_RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000).default(20),
    LOGIN_FAILURE_LIMIT: integer(1, 1_000_000).default(10),
    LOGIN_FAILURE_WINDOW_MINUTES: integer(1, 1440).default(15),
    GUEST_CART_TTL_DAYS: integer(1, 3650).default(30),
    AMQP_URL: z
      .string()
      .regex(/^amqps?:\/\//, 'must start with amqp:// or amqps://')
      .optional(),
    AMQP_EXCHANGE: z.string().min(1).max(255).default('storefront.events'),
    WEBHOOK_RETRY_BASE_SECONDS: integer(1, 86_400).default(5),
    WEBHOOK_MAX_ATTEMPTS: integer(1, 100).default(8),
    WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
    ADMIN_EMAIL: z.string().min(1).optional(),
    ADMIN_PASSWORD: z.string().min(1).optional(),
    REQUEST_TIMEOUT_MS: integer(100, 600_000).default(10_000),
    DATABASE_TIMEOUT_MS: integer(0, 600_000).optional(),
    WEB_CONCURRENCY: integer(1, 64).default(1),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    REDIS_PREFIX: z.string().max(100).default('storefront:'),
    METRICS_ENABLED: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    TRPC_MAX_BATCH: integer(1, 1_000).default(10),
    TRUST_PROXY: trustedProxies,
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
      .refine((origins) => origins.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), {
        message: 'must be a comma-separated list of origins such as https://shop.example',
      }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (env.JWT_SECRET?.length ?? 0) < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required in production and must be at least 32 characters',
      });
    }
    if (env.DATABASE_TIMEOUT_MS !== undefined && env.DATABASE_TIMEOUT_MS >= env.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_TIMEOUT_MS'],
        message: 'must be below REQUEST_TIMEOUT_MS, so that a database that does not answer is told as such',
      });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'must be set together with the other of ADMIN_EMAIL and ADMIN_PASSWORD',
      });
    }
  })
  // The database must fail before the request does, so that a hung database is told as such.
  .transform((env) => ({
    ...env,
    DATABASE_TIMEOUT_MS: env.DATABASE_TIMEOUT_MS ?? Math.floor(env.REQUEST_TIMEOUT_MS / 2),
    // A shop in production calls out to the internet only; a development machine runs its receivers beside it.
    WEBHOOK_ALLOW_PRIVATE_URLS: (env.WEBHOOK_ALLOW_PRIVATE_URLS ?? String(env.NODE_ENV !== 'production')) === 'true',
  }));

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the configuration; the error names the first bad variable in one line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(blankAsUnset);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
}
