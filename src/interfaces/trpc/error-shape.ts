import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { DescribedError } from '../errors';

/** A failure as tRPC clients read it: tRPC's own code and status, and the stable code REST gives too. */
export function trpcErrorShape(described: DescribedError, path?: string) {
  return {
    code: TRPC_ERROR_CODES_BY_KEY[described.trpcCode],
    message: described.detail,
    data: {
      ...described.extensions,
      code: described.trpcCode,
      httpStatus: described.status,
      ...(path === undefined ? {} : { path }),
      appCode: described.code,
      ...(described.errors ? { errors: described.errors } : {}),
    },
  };
}
