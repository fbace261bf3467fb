import type { Request } from 'express';
import { z } from 'zod';
import type { Credentials } from '../invoke';
import type { ClientInfo } from '../../application/shared/client-info';
import { validationErrorFrom } from '../errors';
import { clientKey } from './client-address';

/** Parses input with a use case's schema; a mismatch becomes a VALIDATION_FAILED problem. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFrom(result.error);
  return result.data;
}

/** A path id as a number when it is written as one, so that the schema can judge it. */
export function pathId(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : value;
}

type QueryValueKind = 'number' | 'boolean' | 'other';

/**
 * Query strings carry text only: values become numbers or booleans where the schema expects
 * them, and only when written as such, so `pageSize=abc` is still refused. The reader is made
 * once per schema.
 */
export function queryReader(shape: Record<string, z.ZodType>): (query: Request['query']) => Record<string, unknown> {
  const kinds = new Map(Object.entries(shape).map(([key, field]) => [key, kindOf(field)]));
  return (query) => Object.fromEntries(Object.entries(query).map(([key, value]) => [key, coerce(kinds.get(key), value)]));
}

function kindOf(field: z.ZodType): QueryValueKind {
  const type = unwrap(field);
  if (type instanceof z.ZodNumber) return 'number';
  return type instanceof z.ZodBoolean ? 'boolean' : 'other';
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodDefault ||
    inner instanceof z.ZodPrefault ||
    inner instanceof z.ZodNullable
  ) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The fields of an object schema, however it is wrapped; none for a schema of another kind. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

function coerce(kind: QueryValueKind | undefined, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/** What the request proves its caller with; a guest cart token counts only on a request without `Authorization`. */
export function credentialsOf(req: Request): Credentials {
  const authorization = req.get('authorization');
  return { bearerToken: bearerToken(req), cartToken: authorization === undefined ? req.get('x-cart-token') : undefined };
}

/** The client as limits count it; its address is worked out when a use case first asks, as most never do. */
export function clientOf(req: Request): ClientInfo {
  let ip: string | undefined;
  return {
    get ip() {
      return (ip ??= clientKey(req.ip ?? req.socket.remoteAddress ?? 'unknown'));
    },
  };
}
