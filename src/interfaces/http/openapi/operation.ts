import type { ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_CLASSES } from '../../errors';
import { PROBLEM_CONTENT_TYPE } from '../problem';

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ description: 'A stable UPPER_SNAKE identifier of the failure.' }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

/**
 * One REST operation. Its `operationId` is the path of the tRPC procedure serving the same use
 * case, unless it is `restOnly`; test/openapi/parity.test.ts holds the two interfaces to that.
 */
export interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** In OpenAPI's form: `/products/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: 'anyone' | 'bearer' | 'admin';
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseConfig>;
  /** Codes this operation answers with beyond those that follow from its access and input. */
  problems?: Partial<Record<ProblemStatus, string[]>>;
  restOnly?: true;
}

export const json = (description: string, schema: z.ZodType): ResponseConfig => ({
  description,
  content: { 'application/json': { schema } },
});

export const problemResponse = (description: string): ResponseConfig => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problem } },
});

const TITLES = new Map(Object.values(ERROR_CLASSES).map(({ status, title }) => [status, title]));

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' as const } } };

/** The problems an operation can answer with: those it names plus those its shape implies. */
function problemsOf(operation: Operation): Record<number, string[]> {
  const codes: Record<number, string[]> = {};
  const add = (status: number, ...more: string[]) => (codes[status] = [...(codes[status] ?? []), ...more]);
  const takesBody = ['post', 'put', 'patch'].includes(operation.method);
  if (operation.params || operation.query || operation.headers || operation.body) add(400, 'VALIDATION_FAILED');
  // express.json reads the body of any such request, whether or not the operation uses one.
  if (takesBody) add(400, 'MALFORMED_JSON');
  if (operation.access !== 'anyone') add(401, 'UNAUTHENTICATED');
  if (operation.access === 'admin') add(403, 'FORBIDDEN');
  for (const [status, named] of Object.entries(operation.problems ?? {})) add(Number(status), ...named);
  if (takesBody) add(413, 'PAYLOAD_TOO_LARGE');
  if (takesBody) add(415, 'UNSUPPORTED_MEDIA_TYPE');
  add(500, 'INTERNAL_ERROR');
  return codes;
}

function problemResponses(operation: Operation): Record<number, ResponseConfig> {
  return Object.fromEntries(
    Object.entries(problemsOf(operation)).map(([status, codes]) => {
      const response = problemResponse(`${TITLES.get(Number(status))}: ${codes.join(', ')}.`);
      return [status, status === '429' ? { ...response, headers: RETRY_AFTER } : response];
    }),
  );
}

export function toRoute(operation: Operation): RouteConfig {
  const { operationId, method, path, tag, summary, description, access, params, query, headers, body } = operation;
  return {
    operationId,
    method,
    path,
    tags: [tag],
    summary,
    ...(description ? { description } : {}),
    ...(access === 'anyone' ? {} : { security: [{ bearerAuth: [] }] }),
    ...(operation.restOnly ? { 'x-rest-only': true } : {}),
    request: {
      params,
      query,
      headers,
      ...(body
        ? { body: { required: !body.safeParse(undefined).success, content: { 'application/json': { schema: body } } } }
        : {}),
    },
    responses: { ...operation.responses, ...problemResponses(operation) },
  };
}
