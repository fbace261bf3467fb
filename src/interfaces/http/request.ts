import type { Request } from 'express';
import type { z } from 'zod';
import type { ClientInfo } from '../../application/shared/client-info';
import { validationErrorFrom } from '../errors';

/** Parses input with a use case's schema; a mismatch becomes a VALIDATION_FAILED problem. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFrom(result.error);
  return result.data;
}

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

export function clientOf(req: Request): ClientInfo {
  return { ip: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
}
