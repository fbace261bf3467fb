import type { Request } from 'express';
import { z } from 'zod';
import type { Actor } from '../../application/shared/actor';
import type { ClientInfo } from '../../application/shared/client-info';
import { validationErrorFrom } from '../errors';
import type { UseCases } from '../use-cases';

/** Parses input with a use case's schema; a mismatch becomes a VALIDATION_FAILED problem. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFrom(result.error);
  return result.data;
}

/** The body with the path parameters added, as tRPC procedures take them. */
export function withParams(body: unknown, params: Record<string, unknown>): unknown {
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  return isObject ? { ...body, ...params } : body === undefined ? params : body;
}

/** A path id as a number when it is written as one, so that the schema can judge it. */
export function pathId(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : value;
}

/**
 * Query strings carry text only: values become numbers or booleans where the schema expects
 * them, and only when written as such, so `pageSize=abc` is still refused.
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: Request['query']): z.output<S> {
  const shape = objectShape(schema);
  const typed = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, coerce(shape[key], value)]));
  return parse(schema, typed);
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

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
}

function coerce(field: z.ZodType | undefined, value: unknown): unknown {
  if (!field || typeof value !== 'string') return value;
  const type = unwrap(field);
  if (type instanceof z.ZodNumber && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type instanceof z.ZodBoolean && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

export function actorOf(req: Request, useCases: UseCases): Promise<Actor> {
  return useCases.authenticate.execute(bearerToken(req));
}

export function clientOf(req: Request): ClientInfo {
  return { ip: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
}
