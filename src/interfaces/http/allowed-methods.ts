import type { RequestHandler } from 'express';
import { match } from 'path-to-regexp';
import { failure } from '../errors';
import { OPERATIONS } from '../operations';
import { REST_ONLY_ROUTES } from './openapi/rest-only-routes';
import { expressPath } from './route-table';
import { sendProblem } from './problem';

const ROUTES = [...OPERATIONS, ...REST_ONLY_ROUTES].map(({ method, path }) => ({
  method: method.toUpperCase(),
  matches: match(expressPath(path), { decode: false }),
}));

/** The methods a path is served with; none for a path the API does not have. */
export function allowedMethods(path: string): string[] {
  const methods = ROUTES.filter((route) => route.matches(path)).map((route) => route.method);
  return methods.includes('GET') ? [...methods, 'HEAD'] : methods;
}

/** A path the API has, asked with a method it is not served with: 405 naming the methods it is. */
export const wrongMethod: RequestHandler = (req, res, next) => {
  const allowed = allowedMethods(req.path);
  if (allowed.length === 0) return next();
  res.setHeader('Allow', allowed.join(', '));
  sendProblem(res, failure('METHOD_NOT_ALLOWED', `${req.path} is served with ${allowed.join(', ')}.`));
};
