import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { MAX_BODY_BYTES, trpcMiddleware } from '../trpc/middleware';
import type { UseCases } from '../use-cases';
import { RATE_LIMITED_AUTH_PATHS, admitAuthRequests, authRouter } from './auth-router';
import { cartRouter } from './cart-router';
import { categoriesRouter, productsRouter } from './catalog-router';
import { docsRouter } from './docs-router';
import { healthRouter } from './health-router';
import { orderRouter } from './order-router';
import { ordersAdminRouter } from './orders-admin-router';
import { problemHandler, unknownRoute } from './problem';

export interface HttpAppDependencies {
  useCases: UseCases;
  logger: Logger;
  checkDatabase: () => Promise<void>;
  trustProxy: boolean;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

export function createHttpApp({ useCases, logger, checkDatabase, trustProxy }: HttpAppDependencies): Express {
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
  app.use(healthRouter(checkDatabase));
  app.use(docsRouter());
  // tRPC reads its own body, so that its errors keep tRPC's shape.
  app.use('/trpc', trpcMiddleware(useCases));
  // Counted before the body is read, so that malformed requests count as well.
  app.post(RATE_LIMITED_AUTH_PATHS, admitAuthRequests(useCases));
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.use('/auth', authRouter(useCases));
  app.use('/products', productsRouter(useCases));
  app.use('/categories', categoriesRouter(useCases));
  app.use('/cart', cartRouter(useCases));
  app.use('/order', orderRouter(useCases));
  app.use('/orders', ordersAdminRouter(useCases));
  app.use(unknownRoute);
  app.use(problemHandler);
  return app;
}
