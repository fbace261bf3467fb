import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { RequestHandler } from 'express';
import { describeError } from '../errors';
import { MAX_BODY_BYTES } from '../http/json-body';
import { BEARER_CHALLENGE } from '../http/problem';
import { clientOf, credentialsOf } from '../http/request';
import { PRIVATE_CACHE_CONTROL, cacheControlOf } from '../cache-policy';
import { OPERATIONS } from '../operations';
import type { Resolve } from '../operation';
import { appRouter } from './app-router';
import { batchLimit } from './batch-limit';


const byId = new Map(OPERATIONS.map((operation) => [operation.id, operation]));

/** A batch is as public as its most private call; an error is never kept. */
function cacheControlOfCalls(paths: readonly string[], failed: boolean): string {
  const policyOf = (path: string) => {
    const operation = byId.get(path);
    return operation ? cacheControlOf(operation) : PRIVATE_CACHE_CONTROL;
  };
  const policies = new Set(paths.map(policyOf));
  return !failed && policies.size === 1 ? [...policies][0]! : PRIVATE_CACHE_CONTROL;
}

/** Serves the tRPC router on Express, with the same client facts and limits as REST. */
export function trpcHandler(resolve: Resolve, maxBatch: number): RequestHandler[] {
  const serve = createExpressMiddleware({
    router: appRouter,
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }) => ({ resolve, credentials: credentialsOf(req), client: clientOf(req) }),
    responseMeta: ({ paths, errors }) => {
      const headers: Record<string, string> = { 'Cache-Control': cacheControlOfCalls(paths ?? [], errors.length > 0) };
      const retryAfter = errors.map((error) => describeError(error.cause).retryAfterSeconds).find(Boolean);
      if (retryAfter) headers['Retry-After'] = String(retryAfter);
      if (errors.some((error) => error.code === 'UNAUTHORIZED')) headers['WWW-Authenticate'] = BEARER_CHALLENGE;
      return { headers };
    },
    onError: ({ error, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error.cause ?? error }, 'procedure failed');
    },
  });
  return [batchLimit(maxBatch), serve];
}
