import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { Lifecycle, container as rootContainer, type DependencyContainer } from 'tsyringe';
import { GuestCartTtlDays } from './application/cart/cart-access';
import { EnsureAdmin } from './application/accounts/ensure-admin';
import { DecoyPasswordHash } from './application/accounts/log-in';
import type { UserView } from './application/accounts/user-view';
import { RefreshTokenTtlSeconds } from './application/accounts/session-issuer';
import { AccessTokenDenylist } from './application/ports/access-token-denylist';
import { AccessTokens } from './application/ports/access-tokens';
import { AddressRepository } from './application/ports/address-repository';
import { AuthRequestLimiter, FailedLoginLimiter, GuestCartRequestLimiter } from './application/ports/attempt-limiter';
import { CartRepository } from './application/ports/cart-repository';
import { CategoryRepository } from './application/ports/category-repository';
import { Clock } from './application/ports/clock';
import { DiscountRepository } from './application/ports/discount-repository';
import { Inventory } from './application/ports/inventory';
import { OpaqueTokens } from './application/ports/opaque-tokens';
import { OrderRepository } from './application/ports/order-repository';
import { PasswordHasher } from './application/ports/password-hasher';
import { ProductRepository } from './application/ports/product-repository';
import { RefreshTokenRepository } from './application/ports/refresh-token-repository';
import { UnitOfWork } from './application/ports/unit-of-work';
import { UserRepository } from './application/ports/user-repository';
import { EventOutbox } from './application/ports/event-outbox';
import { BrokerBacklog, EventBroker } from './application/ports/event-broker';
import { SequelizeBrokerBacklog } from './infrastructure/sequelize/repositories/sequelize-broker-backlog';
import { DeliveryRepository } from './application/ports/delivery-repository';
import { WebhookRepository } from './application/ports/webhook-repository';
import { WebhookTransport } from './application/ports/webhook-transport';
import { WebhookRetryPolicy } from './application/webhooks/deliver-due-events';
import type { Config } from './infrastructure/config';
import { SequelizeDeliveryRepository } from './infrastructure/sequelize/repositories/sequelize-delivery-repository';
import { BrokerConfigured, SequelizeEventOutbox } from './infrastructure/sequelize/repositories/sequelize-event-outbox';
import { SequelizeWebhookRepository } from './infrastructure/sequelize/repositories/sequelize-webhook-repository';
import { HttpWebhookTransport } from './infrastructure/webhooks/http-webhook-transport';
import { TargetGuard } from './infrastructure/webhooks/target-guard';
import { createLogger, type Logger } from './infrastructure/logger';
import { Metrics } from './infrastructure/metrics/metrics';
import { Database } from './infrastructure/sequelize/database';
import { withMigrationLock } from './infrastructure/sequelize/migration-lock';
import { allMigrationsApplied } from './infrastructure/sequelize/migration-files';
import { SequelizeCategoryRepository } from './infrastructure/sequelize/repositories/sequelize-category-repository';
import { SequelizeDiscountRepository } from './infrastructure/sequelize/repositories/sequelize-discount-repository';
import { SequelizeAddressRepository } from './infrastructure/sequelize/repositories/sequelize-address-repository';
import { SequelizeProductRepository } from './infrastructure/sequelize/repositories/sequelize-product-repository';
import { SequelizeCartRepository } from './infrastructure/sequelize/repositories/sequelize-cart-repository';
import { SequelizeInventory } from './infrastructure/sequelize/repositories/sequelize-inventory';
import { SequelizeOrderRepository } from './infrastructure/sequelize/repositories/sequelize-order-repository';
import { SequelizeAccessTokenDenylist } from './infrastructure/sequelize/repositories/sequelize-access-token-denylist';
import { SequelizeRefreshTokenRepository } from './infrastructure/sequelize/repositories/sequelize-refresh-token-repository';
import { SequelizeUserRepository } from './infrastructure/sequelize/repositories/sequelize-user-repository';
import { SequelizeUnitOfWork } from './infrastructure/sequelize/unit-of-work';
import { Argon2PasswordHasher } from './infrastructure/security/argon2-password-hasher';
import { JwtAccessTokens } from './infrastructure/security/jwt-access-tokens';
import { FlexibleAttemptLimiter } from './infrastructure/security/flexible-attempt-limiter';
import { RandomOpaqueTokens } from './infrastructure/security/random-opaque-tokens';
import { SystemClock } from './infrastructure/system-clock';
import { createHttpApp } from './interfaces/http/app';
import type { Resolve, UseCaseClass } from './interfaces/operation';

export interface Application {
  app: Express;
  database: Database;
  logger: Logger;
  /** Whether events also go to a message broker (`AMQP_URL`). */
  brokered: boolean;
  /** The application's Prometheus registry, served when METRICS_ENABLED: register further metrics on it. */
  metrics: Metrics;
  /** The use case of a class, with its ports plugged in. */
  resolve: Resolve;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  pendingMigrations(): Promise<string[]>;
  ensureAdmin(credentials: { email: string; password: string }): Promise<UserView>;
  close(): Promise<void>;
}

// Orchestrators probe often and briefly: a readiness check never waits long for an answer.
const READINESS_DEADLINE_MS = 2_000;

export interface ApplicationOptions {
  logger?: Logger;
  onQuery?: (sql: string) => void;
}

/** The composition root: the only place that knows which adapter serves which port. */
export async function createApplication(config: Config, options: ApplicationOptions = {}): Promise<Application> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const database = new Database({ url: config.DATABASE_URL, onQuery: options.onQuery, deadlineMs: config.DATABASE_TIMEOUT_MS });
  const container = rootContainer.createChildContainer();
  const hasher = new Argon2PasswordHasher();
  const decoyHash = hasher.hash(randomBytes(16).toString('hex'));
  // Awaited by the first login of an unknown email; until then, a failure must not end the process.
  decoyHash.catch(() => undefined);
  const metrics = new Metrics();
  if (config.METRICS_ENABLED) metrics.serve(database);
  // Their clients are loaded only when configured: most installations use neither.
  const redis = config.REDIS_URL
    ? await (await import('./infrastructure/redis/redis-connection.js')).connectRedis(config.REDIS_URL, logger)
    : undefined;
  const broker = config.AMQP_URL
    ? new (await import('./infrastructure/amqp/amqp-event-broker.js')).AmqpEventBroker(config.AMQP_URL, config.AMQP_EXCHANGE, logger)
    : undefined;
  const attemptLimiter = (name: string, limit: number, windowSeconds: number) =>
    redis
      ? FlexibleAttemptLimiter.shared(redis, config.REDIS_PREFIX, name, limit, windowSeconds)
      : FlexibleAttemptLimiter.inProcess(name, limit, windowSeconds);

  container.register(Database, { useValue: database });
  container.register(Metrics, { useValue: metrics });
  container.register(Clock, { useValue: new SystemClock() });
  container.register(PasswordHasher, { useValue: hasher });
  container.register(DecoyPasswordHash, { useValue: decoyHash });
  container.register(OpaqueTokens, { useValue: new RandomOpaqueTokens() });
  container.register(AccessTokens, { useValue: new JwtAccessTokens(jwtSettings(config, logger)) });
  container.register(RefreshTokenTtlSeconds, { useValue: config.REFRESH_TOKEN_TTL_SECONDS });
  container.register(GuestCartTtlDays, { useValue: config.GUEST_CART_TTL_DAYS });
  container.register(AuthRequestLimiter, {
    useValue: attemptLimiter('auth-requests', config.AUTH_RATE_LIMIT_PER_MINUTE, 60),
  });
  container.register(GuestCartRequestLimiter, {
    useValue: attemptLimiter('guest-carts', config.AUTH_RATE_LIMIT_PER_MINUTE, 60),
  });
  container.register(FailedLoginLimiter, {
    useValue: attemptLimiter('failed-logins', config.LOGIN_FAILURE_LIMIT, config.LOGIN_FAILURE_WINDOW_MINUTES * 60),
  });
  registerScoped(container, UnitOfWork, SequelizeUnitOfWork);
  registerScoped(container, UserRepository, SequelizeUserRepository);
  registerScoped(container, RefreshTokenRepository, SequelizeRefreshTokenRepository);
  registerScoped(container, AccessTokenDenylist, SequelizeAccessTokenDenylist);
  registerScoped(container, CategoryRepository, SequelizeCategoryRepository);
  registerScoped(container, ProductRepository, SequelizeProductRepository);
  registerScoped(container, CartRepository, SequelizeCartRepository);
  registerScoped(container, Inventory, SequelizeInventory);
  registerScoped(container, OrderRepository, SequelizeOrderRepository);
  container.register(BrokerConfigured, { useValue: broker !== undefined });
  registerScoped(container, EventOutbox, SequelizeEventOutbox);
  if (broker) {
    container.register(EventBroker, { useValue: broker });
    registerScoped(container, BrokerBacklog, SequelizeBrokerBacklog);
  }
  registerScoped(container, WebhookRepository, SequelizeWebhookRepository);
  registerScoped(container, DeliveryRepository, SequelizeDeliveryRepository);
  container.register(WebhookTransport, { useValue: new HttpWebhookTransport(new TargetGuard(config.WEBHOOK_ALLOW_PRIVATE_URLS)) });
  container.register(WebhookRetryPolicy, {
    useValue: { baseSeconds: config.WEBHOOK_RETRY_BASE_SECONDS, maxAttempts: config.WEBHOOK_MAX_ATTEMPTS },
  });
  registerScoped(container, DiscountRepository, SequelizeDiscountRepository);
  registerScoped(container, AddressRepository, SequelizeAddressRepository);

  const resolved = new Map<UseCaseClass<unknown>, unknown>();
  // Use cases hold no state of their own, so one instance of each serves every request.
  const resolve: Resolve = <U>(useCase: UseCaseClass<U>): U => {
    if (!resolved.has(useCase)) resolved.set(useCase, container.resolve(useCase as never));
    return resolved.get(useCase) as U;
  };
  const app = createHttpApp({
    resolve,
    logger,
    checkDatabase: () => database.ping(READINESS_DEADLINE_MS),
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    maxBatch: config.TRPC_MAX_BATCH,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    metrics: config.METRICS_ENABLED ? metrics : undefined,
  });
  // Loaded only when a migration is pending (migration-files.ts).
  const migrator = async () => (await import('./infrastructure/sequelize/migrator.js')).createMigrator(database.sequelize);

  return {
    app,
    database,
    logger,
    metrics,
    brokered: broker !== undefined,
    resolve,
    migrate: async () => {
      if (await allMigrationsApplied(database.sequelize)) return [];
      const applied = await withMigrationLock(database, async () => (await migrator()).up());
      return applied.map((migration) => migration.name);
    },
    pendingMigrations: async () => {
      if (await allMigrationsApplied(database.sequelize)) return [];
      return (await (await migrator()).pending()).map((migration) => migration.name);
    },
    ensureAdmin: (credentials) => resolve(EnsureAdmin).execute(credentials),
    close: async () => {
      redis?.disconnect();
      await broker?.close();
      await database.close();
    },
  };
}

function registerScoped<T>(container: DependencyContainer, token: symbol, implementation: new (...args: never[]) => T) {
  container.register(token, { useClass: implementation as never }, { lifecycle: Lifecycle.ContainerScoped });
}

function jwtSettings(config: Config, logger: Logger) {
  let secret = config.JWT_SECRET;
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    logger.warn('JWT_SECRET is not set: using a random secret, so tokens will not survive a restart');
  }
  return {
    secret,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  };
}
