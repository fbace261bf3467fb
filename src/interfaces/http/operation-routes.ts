import { type Request, type RequestHandler, Router } from 'express';
import { cacheControlOf, isPublicRead } from '../cache-policy';
import { callerOf, invoke } from '../invoke';
import { type NamedOperation, type Resolve, pathParameters, requiresBody, takesBody } from '../operation';
import { OPERATIONS } from '../operations';
import { entityTagOf, matchesIfNoneMatch } from './entity-tag';
import { clientOf, credentialsOf, objectShape, parse, pathId, typedQuery } from './request';

/** An OpenAPI path in Express's form: `/products/{id}` is `/products/:id`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

// Literal segments first, so that `/cart/discount` is never taken for `/cart/:productId`.
const bySpecificity = (operations: NamedOperation[]) =>
  [...operations].sort((a, b) => pathParameters(a.path).length - pathParameters(b.path).length);

/** Every operation of the table as an Express route. */
export function operationRoutes(resolve: Resolve): Router {
  const router = Router();
  for (const operation of bySpecificity(OPERATIONS)) {
    router[operation.method](expressPath(operation.path), handlerOf(operation, resolve));
  }
  return router;
}

/** Counts rate-limited requests against their client's limit; mounted before the body is read, so malformed ones count too. */
export function admissionRoutes(resolve: Resolve): Router {
  const router = Router();
  for (const operation of OPERATIONS) {
    const { admission } = operation;
    if (!admission) continue;
    router[operation.method](expressPath(operation.path), async (req, _res, next) => {
      await resolve(admission).execute(clientOf(req));
      next();
    });
  }
  return router;
}

function handlerOf(operation: NamedOperation, resolve: Resolve): RequestHandler {
  const cacheControl = cacheControlOf(operation);
  const publicRead = isPublicRead(operation);
  return async (req, res) => {
    res.setHeader('Cache-Control', cacheControl);
    const caller = await callerOf(operation, resolve, credentialsOf(req), clientOf(req));
    const input = parse(operation.input, restInput(operation, req));
    const { status, body } = await invoke(operation, resolve, input, caller);
    // Already answered by the request deadline.
    if (res.headersSent) return;
    if (body === null) return void res.status(status).end();
    const json = JSON.stringify(body);
    if (publicRead) {
      const tag = entityTagOf(json);
      res.setHeader('ETag', tag);
      if (matchesIfNoneMatch(req.get('if-none-match'), tag)) return void res.status(304).end();
    }
    res.status(status).type('json').send(json);
  };
}

/** The input as tRPC would take it: the body or the query, with path parameters and headers by name. */
function restInput(operation: NamedOperation, req: Request): unknown {
  const shape = objectShape(operation.input);
  if (!shape) return undefined;
  const named = Object.fromEntries([
    ...Object.entries(operation.headers ?? {}).map(([field, header]) => [field, req.get(header)]),
    ...pathParameters(operation.path).map((name) => [name, pathId(req.params[name] as string | undefined)]),
  ]);
  const given: unknown = takesBody(operation.method) ? req.body : typedQuery(shape, req.query);
  if (given === undefined) return requiresBody(operation, Object.keys(shape)) ? undefined : named;
  const isObject = typeof given === 'object' && given !== null && !Array.isArray(given);
  return isObject ? { ...given, ...named } : given;
}
