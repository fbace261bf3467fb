import { TRPCError, initTRPC } from '@trpc/server';
import type { ClientInfo } from '../../application/shared/client-info';
import { DomainError } from '../../domain/shared/errors';
import { ERROR_CLASSES, describeError, failure, type DescribedError } from '../errors';
import type { Credentials } from '../invoke';
import type { Resolve } from '../operation';
import { trpcErrorShape } from './error-shape';

export interface Context {
  resolve: Resolve;
  credentials: Credentials;
  client: ClientInfo;
}

/** tRPC's own failures (unparsable body, unknown procedure) that carry no domain error. */
const TRPC_OWN_FAILURES: Partial<Record<TRPCError['code'], DescribedError>> = {
  PAYLOAD_TOO_LARGE: failure('PAYLOAD_TOO_LARGE', 'The request body is over 100 KiB.'),
  NOT_FOUND: failure('NOT_FOUND', 'There is no such procedure.'),
  BAD_REQUEST: failure('VALIDATION_FAILED', 'The request is not valid.'),
  METHOD_NOT_SUPPORTED: failure('METHOD_NOT_ALLOWED', 'Queries use GET and mutations POST.'),
  UNSUPPORTED_MEDIA_TYPE: failure('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON in UTF-8, without a content encoding.'),
};

const MALFORMED_JSON = failure('MALFORMED_JSON', 'The request body is not valid JSON.');

function describeTrpcError(error: TRPCError): DescribedError {
  // tRPC reports a body it cannot parse as BAD_REQUEST, caused by JSON.parse's SyntaxError.
  if (error.cause instanceof SyntaxError) return MALFORMED_JSON;
  const described = describeError(error.cause);
  if (described.code !== 'INTERNAL_ERROR') return described;
  return TRPC_OWN_FAILURES[error.code] ?? described;
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const described = describeTrpcError(error);
    // tRPC's own code for the failure (its status may differ from the domain error's class for its own failures).
    return trpcErrorShape({ ...described, trpcCode: shape.data.code, status: shape.data.httpStatus }, shape.data.path);
  },
});

/** Gives a domain error the tRPC code of its kind, from the same table REST uses. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? undefined : result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: ERROR_CLASSES[cause.kind].trpcCode, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(domainErrors);
