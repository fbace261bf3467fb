import type { NextFunction, Request, RequestHandler, Response } from 'express';
import FindMyWay from 'find-my-way';
import type { NamedOperation } from '../operation';

type Handle = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/** An OpenAPI path in Express's form: `/products/{id}` is `/products/:id`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * One middleware for a set of operations, finding a request's operation in a radix tree: an
 * Express router tries its routes one after the other, and the table has dozens of them. It
 * matches as Express does: HEAD as GET, any letter case, with or without a trailing slash;
 * literal segments win over parameters, so `/cart/discount` is never taken for `/cart/:productId`.
 */
export function routeTable(operations: NamedOperation[], handle: (operation: NamedOperation) => Handle): RequestHandler {
  // A path that does not decode is found with no operation; it is answered as Express answers one.
  const routes = FindMyWay({ caseSensitive: false, ignoreTrailingSlash: true, onBadUrl: () => undefined });
  for (const operation of operations) {
    routes.on(operation.method.toUpperCase() as 'GET', expressPath(operation.path), () => undefined, handle(operation));
  }
  return (req, res, next) => {
    const found = routes.find((req.method === 'HEAD' ? 'GET' : req.method) as 'GET', req.path);
    if (!found) return next();
    if (found.store === null) return next(Object.assign(new URIError(`${req.path} does not decode.`), { status: 400 }));
    req.params = found.params as Record<string, string>;
    return (found.store as Handle)(req, res, next).catch(next);
  };
}
