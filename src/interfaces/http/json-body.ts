import express, { type RequestHandler } from 'express';
import { failure } from '../errors';
import { sendProblem } from './problem';

export const MAX_BODY_BYTES = 100 * 1024;

/** A request body must be JSON: one of another type is refused with 415 rather than ignored. */
const onlyJson: RequestHandler = (req, res, next) => {
  // false: a body of another type; null: no body at all. An empty body is no body either.
  if (req.is('application/json') !== false || req.headers['content-length'] === '0') return next();
  sendProblem(res, failure('UNSUPPORTED_MEDIA_TYPE', 'The request body must be application/json.'));
};

/** Reads a JSON body of at most 100 KiB. */
export const jsonBody: RequestHandler[] = [onlyJson, express.json({ limit: MAX_BODY_BYTES })];
