import express, { type Request, type Response } from 'express';

export const MAX_BODY_BYTES = 100 * 1024;

const parseJson = express.json({ limit: MAX_BODY_BYTES });

/** Refused as Express's body parser refuses a body it cannot read: problem.ts answers it. */
const notJson = () => Object.assign(new Error('The request body is not JSON.'), { status: 415, type: 'unsupported.media.type' });

/**
 * Reads a JSON body of at most 100 KiB into `req.body`. A body of another type is refused with
 * 415 rather than ignored; a request without one reads as none.
 */
export function readJsonBody(req: Request, res: Response): Promise<void> {
  // false: a body of another type; null: no body at all. An empty body is no body either.
  if (req.is('application/json') === false && req.headers['content-length'] !== '0') return Promise.reject(notJson());
  return new Promise((resolve, reject) => parseJson(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
}
