import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { type DescribedError, describeError, failure } from '../errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface BodyParserError {
  type: string;
  status: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof (error as BodyParserError | null)?.type === 'string' &&
  typeof (error as BodyParserError).status === 'number';

/** Failures of the HTTP edge itself, before any use case runs. */
function describeHttpError(error: unknown): DescribedError | undefined {
  if (!isBodyParserError(error) || error.status >= 500) return undefined;
  if (error.type === 'entity.too.large') {
    return failure('PAYLOAD_TOO_LARGE', 'The request body is over 100 KiB.');
  }
  if (error.status === 415) {
    return failure('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON in UTF-8, without a content encoding.');
  }
  // A body that is not valid JSON, or that ends before its announced length.
  return failure('MALFORMED_JSON', 'The request body is not valid JSON.');
}

export function sendProblem(res: Response, problem: DescribedError): void {
  if (problem.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(problem.retryAfterSeconds));
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({
      type: 'about:blank',
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
}

export const unknownRoute: RequestHandler = (req, res) => {
  sendProblem(res, failure('NOT_FOUND', `There is no ${req.method} ${req.path}.`));
};

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = describeHttpError(error) ?? describeError(error);
  if (problem.status === 500) req.log.error({ err: error }, 'request failed');
  else if (problem.status === 503) req.log.warn({ err: error }, 'database unavailable');
  if (res.headersSent) return;
  sendProblem(res, problem);
};
