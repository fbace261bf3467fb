import type { Request, RequestHandler, Response } from 'express';
import FindMyWay from 'find-my-way';
import type { NamedOperation } from '../operation';

type Handle = (req: Request, res: Response) => Promise<void>;

/** What the tree holds for a route: how to answer, and the route as Express would name it (`req.route`, which metrics read). */
interface Found {
  handle: Handle;
  route: { path: string };
}

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
    const path = expressPath(operation.path);
    const found: Found = { handle: handle(operation), route: { path } };
    routes.on(operation.method.toUpperCase() as 'GET', path, () => undefined, found);
  }
  return (req, res, next) => {
    const found = routes.find((req.method === 'HEAD' ? 'GET' : req.method) as 'GET', req.path);
    if (!found) return next();
    if (found.store === null) return next(Object.assign(new URIError(`${req.path} does not decode.`), { status: 400 }));
    const { handle: answer, route } = found.store as Found;
    req.params = found.params as Record<string, string>;
    req.route = route;
    return answer(req, res).catch(next);
  };
}
