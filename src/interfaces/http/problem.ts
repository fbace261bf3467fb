import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { type DescribedError, describeError, failure } from '../errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** What a 401 asks for: an access token as a bearer token (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="storefront"';

/** What Express and its body parser throw for a request they refuse: http-errors with a 4xx status. */
interface RefusedRequest {
  status: number;
  type?: string;
}

const isRefusedRequest = (error: unknown): error is RefusedRequest => {
  const status = (error as RefusedRequest | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** Failures of the HTTP edge itself, before any use case runs. */
function describeHttpError(error: unknown): DescribedError | undefined {
  if (!isRefusedRequest(error)) return undefined;
  if (error instanceof URIError) return failure('VALIDATION_FAILED', 'The URL is not valid percent-encoding.');
  if (error.type === 'entity.too.large') {
    return failure('PAYLOAD_TOO_LARGE', 'The request body is over 100 KiB.');
  }
  if (error.status === 415) {
    return failure('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON in UTF-8, without a content encoding.');
  }
  // A body that is not valid JSON, that ends before its announced length, or that does not decode.
  return failure('MALFORMED_JSON', 'The request body is not valid JSON.');
}

export function sendProblem(res: Response, problem: DescribedError): void {
  if (problem.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(problem.retryAfterSeconds));
  if (problem.status === 401) res.setHeader('WWW-Authenticate', BEARER_CHALLENGE);
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({
      ...problem.extensions,
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
