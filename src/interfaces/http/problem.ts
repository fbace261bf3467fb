import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { type DescribedError, ERROR_CLASSES, describeError } from '../errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface BodyParserError {
  type: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof (error as BodyParserError | null)?.type === 'string' && 'status' in (error as object);

/** Failures of the HTTP edge itself, before any use case runs. */
function describeHttpError(error: unknown): DescribedError | undefined {
  if (!isBodyParserError(error)) return undefined;
  if (error.type === 'entity.parse.failed') {
    return { ...ERROR_CLASSES.validation, code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON.' };
  }
  if (error.type === 'entity.too.large') {
    return { ...ERROR_CLASSES.payload_too_large, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is over 100 KiB.' };
  }
  return undefined;
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
  sendProblem(res, {
    ...ERROR_CLASSES.not_found,
    code: 'NOT_FOUND',
    detail: `There is no ${req.method} ${req.path}.`,
  });
};

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = describeHttpError(error) ?? describeError(error);
  if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
  if (res.headersSent) return;
  sendProblem(res, problem);
};
