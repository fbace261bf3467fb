import type { RequestHandler } from 'express';
import { failure } from '../errors';
import { trpcErrorShape } from './error-shape';

/** Refuses a tRPC batch of more than `maxCalls` calls as a whole, before any of them runs. */
export function batchLimit(maxCalls: number): RequestHandler {
  return (req, res, next) => {
    if (req.query.batch !== '1') return next();
    const calls = req.path.replace(/^\//, '').split(',').length;
    if (calls <= maxCalls) return next();
    const described = failure('BATCH_TOO_LARGE', `A batch holds at most ${maxCalls} calls; this one has ${calls}.`);
    res.status(described.status).json({ error: trpcErrorShape(described) });
  };
}
