import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Lets pages from the configured origins call the API from a browser; mounted only when some
 * are configured, so that otherwise browsers keep to their same-origin rule. Bearer tokens travel in a header, never in cookies.
 */
export function browserAccess(origins: string[]): RequestHandler {
  return cors({
    origin: origins,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Cart-Token', 'X-Request-Id', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'Location'],
    maxAge: 600,
  });
}
