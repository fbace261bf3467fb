import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { RequestHandler } from 'express';
import { describeError } from '../errors';
import { bearerToken, clientOf } from '../http/request';
import type { Resolve } from '../operation';
import { appRouter } from './app-router';
import { batchLimit } from './batch-limit';

export const MAX_BODY_BYTES = 100 * 1024;

/** Serves the tRPC router on Express, with the same client facts and limits as REST. */
export function trpcHandler(resolve: Resolve, maxBatch: number): RequestHandler[] {
  const serve = createExpressMiddleware({
    router: appRouter,
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }) => ({ resolve, bearerToken: bearerToken(req), client: clientOf(req) }),
    responseMeta: ({ errors }) => {
      const retryAfter = errors.map((error) => describeError(error.cause).retryAfterSeconds).find(Boolean);
      return retryAfter ? { headers: { 'Retry-After': String(retryAfter) } } : {};
    },
    onError: ({ error, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error.cause ?? error }, 'procedure failed');
    },
  });
  return [batchLimit(maxBatch), serve];
}
