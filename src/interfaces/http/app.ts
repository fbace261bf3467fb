import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Resolve } from '../operation';
import { MAX_BODY_BYTES, trpcHandler } from '../trpc/express-host';
import { docsRouter } from './docs-router';
import { healthRouter } from './health-router';
import { admissionRoutes, operationRoutes } from './operation-routes';
import { problemHandler, unknownRoute } from './problem';
import { requestDeadline } from './request-deadline';

export interface HttpAppDependencies {
  resolve: Resolve;
  logger: Logger;
  checkDatabase: () => Promise<void>;
  /** Proxies trusted to name the client: a number of hops, or their addresses and subnets. */
  trustProxy: number | string[];
  requestTimeoutMs: number;
  maxBatch: number;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

export function createHttpApp({ resolve, logger, checkDatabase, trustProxy, requestTimeoutMs, maxBatch }: HttpAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(helmet());
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(requestDeadline(requestTimeoutMs));
  app.use(healthRouter(checkDatabase));
  app.use(docsRouter());
  // tRPC reads its own body, so that its errors keep tRPC's shape.
  app.use('/trpc', trpcHandler(resolve, maxBatch));
  app.use(admissionRoutes(resolve));
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.use(operationRoutes(resolve));
  app.use(unknownRoute);
  app.use(problemHandler);
  return app;
}
