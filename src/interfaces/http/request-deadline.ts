import type { RequestHandler } from 'express';
import { ServiceUnavailableError } from '../../domain/shared/errors';
import { describeError } from '../errors';
import { trpcErrorShape } from '../trpc/error-shape';
import { sendProblem } from './problem';

/**
 * Answers 503 to a request still unanswered after `timeoutMs`, so that no client waits longer
 * whatever hangs behind the request; over tRPC in tRPC's error shape, one per call of a batch.
 */
export function requestDeadline(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      req.log.warn({ timeoutMs }, 'request passed its deadline');
      const described = describeError(new ServiceUnavailableError());
      // originalUrl: a mounted router may have cut its own prefix from req.url by now.
      const path = new URL(req.originalUrl, 'http://localhost').pathname;
      if (!path.startsWith('/trpc/')) return sendProblem(res, described);
      res.setHeader('Retry-After', String(described.retryAfterSeconds));
      const error = { error: trpcErrorShape(described) };
      const calls = path.slice('/trpc/'.length).split(',').length;
      res.status(described.status).json(req.query.batch === '1' ? Array.from({ length: calls }, () => error) : error);
    }, timeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
