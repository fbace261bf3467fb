import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Resolve } from '../operation';
import { trpcHandler } from '../trpc/express-host';
import { wrongMethod } from './allowed-methods';
import { browserAccess } from './browser-access';
import { docsRouter } from './docs-router';
import { healthRouter } from './health-router';
import { type ServedMetrics, countRequests, metricsRoute } from './http-metrics';
import { operationRoutes } from './operation-routes';
import { problemHandler, unknownRoute } from './problem';
import { requestDeadline } from './request-deadline';
import { logRequests } from './request-logging';
import { securityHeaders } from './security-headers';

export interface HttpAppDependencies {
  resolve: Resolve;
  logger: Logger;
  checkDatabase: () => Promise<void>;
  /** Proxies trusted to name the client: a number of hops, or their addresses and subnets. */
  trustProxy: number | string[];
  requestTimeoutMs: number;
  maxBatch: number;
  corsOrigins: string[];
  /** Served at `GET /metrics`, with every request counted; without it, neither. */
  metrics?: ServedMetrics;
}

export function createHttpApp(dependencies: HttpAppDependencies): Express {
  const { resolve, logger, checkDatabase, trustProxy, requestTimeoutMs, maxBatch, corsOrigins, metrics } = dependencies;
  const app = express();
  app.disable('x-powered-by');
  // Only catalog reads carry an ETag (entity-tag.ts); hashing every other answer would be waste.
  app.set('etag', false);
  app.set('trust proxy', trustProxy);
  if (metrics) app.use(countRequests(metrics.registry));
  app.use(securityHeaders());
  logRequests(app, logger);
  if (corsOrigins.length > 0) app.use(browserAccess(corsOrigins));
  app.use(requestDeadline(requestTimeoutMs));
  // tRPC reads its own body, so that its errors keep tRPC's shape.
  app.use('/trpc', trpcHandler(resolve, maxBatch));
  // The operations first: they are what nearly every request asks for.
  app.use(operationRoutes(resolve));
  app.use(healthRouter(checkDatabase));
  if (metrics) app.use(metricsRoute(metrics));
  app.use(docsRouter());
  app.use(wrongMethod);
  app.use(unknownRoute);
  app.use(problemHandler);
  return app;
}
