import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

type HeaderChange = readonly [name: string, value: string | undefined];

/** What helmet does to a response, recorded once: it sets the same headers on every answer. */
function helmetChanges(): HeaderChange[] {
  const changes: HeaderChange[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => changes.push([name, value]),
    removeHeader: (name: string) => changes.push([name, undefined]),
  };
  helmet()({} as never, recorder as unknown as Response, () => {});
  return changes;
}

/**
 * helmet's security headers, with helmet's defaults. Its dozen middlewares work the same headers
 * out on every request; here they are worked out once, and each answer only gets them set.
 */
export function securityHeaders(): RequestHandler {
  const changes = helmetChanges();
  return (_req, res, next) => {
    for (const [name, value] of changes) {
      if (value === undefined) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    next();
  };
}
