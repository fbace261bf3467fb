import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ZodError } from 'zod';
import { DomainError, type ErrorKind, type FieldError, ValidationError } from '../domain/shared/errors';

interface ErrorClass {
  status: number;
  trpcCode: TRPC_ERROR_CODE_KEY;
  title: string;
}

/** The one table from a kind of failure to its HTTP status and tRPC code. */
export const ERROR_CLASSES: Record<ErrorKind | 'payload_too_large' | 'unsupported_media_type' | 'internal', ErrorClass> = {
  validation: { status: 400, trpcCode: 'BAD_REQUEST', title: 'Bad Request' },
  unauthenticated: { status: 401, trpcCode: 'UNAUTHORIZED', title: 'Unauthorized' },
  forbidden: { status: 403, trpcCode: 'FORBIDDEN', title: 'Forbidden' },
  not_found: { status: 404, trpcCode: 'NOT_FOUND', title: 'Not Found' },
  conflict: { status: 409, trpcCode: 'CONFLICT', title: 'Conflict' },
  payload_too_large: { status: 413, trpcCode: 'PAYLOAD_TOO_LARGE', title: 'Content Too Large' },
  unsupported_media_type: { status: 415, trpcCode: 'UNSUPPORTED_MEDIA_TYPE', title: 'Unsupported Media Type' },
  rate_limited: { status: 429, trpcCode: 'TOO_MANY_REQUESTS', title: 'Too Many Requests' },
  internal: { status: 500, trpcCode: 'INTERNAL_SERVER_ERROR', title: 'Internal Server Error' },
};

export interface DescribedError extends ErrorClass {
  code: string;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

const INTERNAL: DescribedError = {
  ...ERROR_CLASSES.internal,
  code: 'INTERNAL_ERROR',
  detail: 'Something went wrong on our side.',
};

/** What a client is told about a failure; anything unexpected becomes a detail-free 500. */
export function describeError(error: unknown): DescribedError {
  const domainError = error instanceof ZodError ? validationErrorFrom(error) : error;
  if (!(domainError instanceof DomainError)) return INTERNAL;
  const described: DescribedError = {
    ...ERROR_CLASSES[domainError.kind],
    code: domainError.code,
    detail: domainError.message,
  };
  if (domainError instanceof ValidationError) described.errors = domainError.errors;
  if ('retryAfterSeconds' in domainError) described.retryAfterSeconds = Number(domainError.retryAfterSeconds);
  return described;
}

export function validationErrorFrom(error: ZodError): ValidationError {
  return new ValidationError(
    error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
