import type { Request, RequestHandler, Response } from 'express';
import { cacheControlOf, isPublicRead } from '../cache-policy';
import { callerOf, invoke } from '../invoke';
import { type NamedOperation, type Resolve, pathParameters, requiresBody, takesBody } from '../operation';
import { OPERATIONS } from '../operations';
import { entityTagOf, matchesIfNoneMatch } from './entity-tag';
import { readJsonBody } from './json-body';
import { clientOf, credentialsOf, objectShape, parse, pathId, queryReader } from './request';
import { routeTable } from './route-table';
import { sendJson } from './send-json';

/**
 * Every operation of the table, answered. A rate-limited one is counted against its client's
 * limit before its body is read, so that malformed requests count too; only operations that
 * take a body read one.
 */
export function operationRoutes(resolve: Resolve): RequestHandler {
  return routeTable(OPERATIONS, (operation) => {
    const { admission } = operation;
    const readsBody = takesBody(operation.method);
    const answer = handlerOf(operation, resolve);
    return async (req, res) => {
      if (admission) await resolve(admission).execute(clientOf(req));
      if (readsBody) await readJsonBody(req, res);
      await answer(req, res);
    };
  });
}

function handlerOf(operation: NamedOperation, resolve: Resolve) {
  const cacheControl = cacheControlOf(operation);
  const publicRead = isPublicRead(operation);
  const restInput = restInputOf(operation);
  return async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', cacheControl);
    const caller = await callerOf(operation, resolve, credentialsOf(req), clientOf(req));
    const input = parse(operation.input, restInput(req));
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
    sendJson(res, status, json);
  };
}

/**
 * Reads the input as tRPC would take it: the body or the query, with path parameters and headers
 * by name. What the operation's schema and path say is worked out once, not on every request.
 */
function restInputOf(operation: NamedOperation): (req: Request) => unknown {
  const shape = objectShape(operation.input);
  if (!shape) return () => undefined;
  const headers = Object.entries(operation.headers ?? {});
  const parameters = pathParameters(operation.path);
  const readsBody = takesBody(operation.method);
  const typedQuery = queryReader(shape);
  const bodyRequired = requiresBody(operation, Object.keys(shape));
  return (req) => {
    const named: Record<string, unknown> = {};
    for (const [field, header] of headers) named[field] = req.get(header);
    for (const name of parameters) named[name] = pathId(req.params[name] as string | undefined);
    const given: unknown = readsBody ? req.body : typedQuery(req.query);
    if (given === undefined) return bodyRequired ? undefined : named;
    const isObject = typeof given === 'object' && given !== null && !Array.isArray(given);
    return isObject ? { ...given, ...named } : given;
  };
}
