import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiJson } from '../../src/interfaces/http/openapi/document';
import { appRouter } from '../../src/interfaces/trpc';

interface RestOperation {
  method: string;
  path: string;
  operationId: string;
  restOnly: boolean;
  inputs: string[];
}

interface OpenApiOperation {
  operationId: string;
  'x-rest-only'?: boolean;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: { 'application/json': { schema: { properties?: Record<string, unknown> } } } };
}

interface Procedure {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] };
}

// A header's parameter is named in camelCase in tRPC: Idempotency-Key is idempotencyKey.
const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase());

const document = JSON.parse(openApiJson()) as { paths: Record<string, Record<string, OpenApiOperation>> };
const operations: RestOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    method,
    path,
    operationId: operation.operationId,
    restOnly: operation['x-rest-only'] === true,
    inputs: [
      ...(operation.parameters ?? []).map((parameter) => (parameter.in === 'header' ? camelCase(parameter.name) : parameter.name)),
      ...Object.keys(operation.requestBody?.content['application/json'].schema.properties ?? {}),
    ].sort(),
  })),
);
const rest = operations.filter((operation) => !operation.restOnly);
// tRPC types this record by nesting, but holds it flat, keyed by path ('orders.setStatus').
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

function inputFields(procedure: Procedure): string[] {
  return procedure._def.inputs
    .flatMap((input) => {
      let inner: z.ZodType = input;
      while (inner instanceof z.ZodPrefault || inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) {
        inner = inner.unwrap() as z.ZodType;
      }
      return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
    })
    .sort();
}

describe('REST and tRPC serve the same use cases', () => {
  it('maps every REST operation to the tRPC procedure named by its operationId', () => {
    const missing = rest.filter((operation) => !(operation.operationId in procedures));
    expect(missing.map(({ method, path, operationId }) => `${method} ${path}: ${operationId}`)).toEqual([]);
  });

  it('maps every tRPC procedure to exactly one REST operation', () => {
    for (const name of Object.keys(procedures)) {
      expect(rest.filter((operation) => operation.operationId === name), name).toHaveLength(1);
    }
  });

  it('reads with GET what tRPC queries, and writes with other methods what it mutates', () => {
    for (const operation of rest) {
      const expected = operation.method === 'get' ? 'query' : 'mutation';
      expect(procedures[operation.operationId]?._def.type, operation.operationId).toBe(expected);
    }
  });

  it('takes the same input fields: body, path and query parameters, and headers by name', () => {
    for (const operation of rest) {
      expect(operation.inputs, operation.operationId).toEqual(inputFields(procedures[operation.operationId]!));
    }
  });

  it('marks the REST-only operations explicitly, and none of them is a procedure', () => {
    const restOnly = operations.filter((operation) => operation.restOnly);
    expect(restOnly.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      ['get /docs', 'get /health', 'get /openapi.json', 'get /ready'],
    );
    for (const operation of restOnly) expect(procedures).not.toHaveProperty([operation.operationId]);
  });
});
