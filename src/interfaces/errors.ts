import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ZodError } from 'zod';
import { DOMAIN_ERROR_CODES, type ErrorKind } from '../domain/shared/error-codes';
import { DomainError, ValidationError, type ErrorExtensions, type FieldError } from '../domain/shared/errors';

interface ErrorClass {
  status: number;
  trpcCode: TRPC_ERROR_CODE_KEY;
  title: string;
}

type EdgeKind = 'method_not_allowed' | 'payload_too_large' | 'unsupported_media_type' | 'internal';

/** The one table from a kind of failure to its HTTP status and tRPC code. */
export const ERROR_CLASSES: Record<ErrorKind | EdgeKind, ErrorClass> = {
  validation: { status: 400, trpcCode: 'BAD_REQUEST', title: 'Bad Request' },
  unauthenticated: { status: 401, trpcCode: 'UNAUTHORIZED', title: 'Unauthorized' },
  forbidden: { status: 403, trpcCode: 'FORBIDDEN', title: 'Forbidden' },
  not_found: { status: 404, trpcCode: 'NOT_FOUND', title: 'Not Found' },
  method_not_allowed: { status: 405, trpcCode: 'METHOD_NOT_SUPPORTED', title: 'Method Not Allowed' },
  conflict: { status: 409, trpcCode: 'CONFLICT', title: 'Conflict' },
  payload_too_large: { status: 413, trpcCode: 'PAYLOAD_TOO_LARGE', title: 'Content Too Large' },
  unsupported_media_type: { status: 415, trpcCode: 'UNSUPPORTED_MEDIA_TYPE', title: 'Unsupported Media Type' },
  rate_limited: { status: 429, trpcCode: 'TOO_MANY_REQUESTS', title: 'Too Many Requests' },
  internal: { status: 500, trpcCode: 'INTERNAL_SERVER_ERROR', title: 'Internal Server Error' },
  unavailable: { status: 503, trpcCode: 'SERVICE_UNAVAILABLE', title: 'Service Unavailable' },
};

/** The codes of failures at the edge, before or around a use case: none of them is a domain error. */
const EDGE_ERROR_CODES = {
  MALFORMED_JSON: { kind: 'validation', meaning: 'The body is not valid JSON.' },
  BATCH_TOO_LARGE: { kind: 'validation', meaning: 'tRPC: a batch holds more calls than `TRPC_MAX_BATCH`; none of them ran.' },
  METHOD_NOT_ALLOWED: {
    kind: 'method_not_allowed',
    meaning: 'The path is served with other methods, which `Allow` lists; over tRPC, a query sent as a mutation or the reverse.',
  },
  PAYLOAD_TOO_LARGE: { kind: 'payload_too_large', meaning: 'The body is over 100 KiB.' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'unsupported_media_type', meaning: 'The body is not `application/json` in UTF-8.' },
  INTERNAL_ERROR: { kind: 'internal', meaning: 'The server failed; the answer says nothing more.' },
  NOT_READY: { kind: 'unavailable', meaning: '`GET /ready` only: the database is not answering.' },
} as const satisfies Record<string, { kind: EdgeKind | ErrorKind; meaning: string }>;

/** Every code a client can be answered with: the domain's and the edge's. */
export const ERROR_CODES = { ...DOMAIN_ERROR_CODES, ...EDGE_ERROR_CODES };
export type ErrorCode = keyof typeof ERROR_CODES;

export const classOf = (code: ErrorCode): ErrorClass => ERROR_CLASSES[ERROR_CODES[code].kind];

export interface DescribedError extends ErrorClass {
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  /** Members beside the code: top-level in a problem, in `data` over tRPC. */
  extensions?: ErrorExtensions;
  retryAfterSeconds?: number;
}

/** A failure the edge itself tells of, with its code's class. */
export function failure(code: ErrorCode, detail: string): DescribedError {
  return { ...classOf(code), code, detail };
}

const INTERNAL = failure('INTERNAL_ERROR', 'Something went wrong on our side.');

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
  if (domainError.extensions) described.extensions = domainError.extensions;
  if ('retryAfterSeconds' in domainError) described.retryAfterSeconds = Number(domainError.retryAfterSeconds);
  return described;
}

export function validationErrorFrom(error: ZodError): ValidationError {
  return new ValidationError(
    error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
