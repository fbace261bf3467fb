import type { ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, classOf } from '../../errors';
import { type NamedOperation, pathParameters, queryOrBodyFields, requiresBody, takesBody } from '../../operation';
import { objectShape } from '../request';
import { PROBLEM_CONTENT_TYPE } from '../problem';

const codeList = Object.entries(ERROR_CODES)
  .map(([code, { meaning }]) => `\`${code}\` (${classOf(code as ErrorCode).status}): ${meaning}`)
  .join('\n- ');

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ description: `A stable UPPER_SNAKE identifier of the failure:\n- ${codeList}` }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    reason: z.string().optional().meta({ description: '`DISCOUNT_NOT_APPLICABLE`: why the code does not apply now.' }),
    expectedTotalPrice: z.number().optional().meta({ description: '`PRICE_CHANGED`: the total the client expected.' }),
    totalPrice: z.number().optional().meta({ description: '`PRICE_CHANGED`: the total at checkout.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const json = (description: string, schema: z.ZodType): ResponseConfig => ({
  description,
  content: { 'application/json': { schema } },
});

export const problemResponse = (description: string): ResponseConfig => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problem } },
});

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' as const } } };

/** Where each input field travels over REST: path, header, query string or body. */
function restParts(operation: NamedOperation) {
  const shape = objectShape(operation.input) ?? {};
  const fields = Object.keys(shape);
  const pick = (names: string[]) => Object.fromEntries(names.map((name) => [name, shape[name]!]));
  const inPath = pathParameters(operation.path);
  const inHeaders = Object.entries(operation.headers ?? {});
  const rest = queryOrBodyFields(operation, fields);
  const restSchema = rest.length === fields.length ? operation.input : z.object(pick(rest));
  return {
    params: inPath.length ? z.object(pick(inPath)) : undefined,
    headers: inHeaders.length ? z.object(Object.fromEntries(inHeaders.map(([field, header]) => [header, shape[field]!]))) : undefined,
    query: rest.length && !takesBody(operation.method) ? z.object(pick(rest)) : undefined,
    body: rest.length && takesBody(operation.method) ? { schema: restSchema, required: requiresBody(operation, fields) } : undefined,
  };
}

/** The problems an operation can answer with: those it names plus those its shape implies. */
function problemsOf(operation: NamedOperation, takesInput: boolean): Map<number, ErrorCode[]> {
  const codes = new Map<number, ErrorCode[]>();
  const add = (...more: ErrorCode[]) => {
    for (const code of more) codes.set(classOf(code).status, [...(codes.get(classOf(code).status) ?? []), code]);
  };
  const withBody = takesBody(operation.method);
  if (takesInput) add('VALIDATION_FAILED');
  // express.json reads the body of any such request, whether or not the operation uses one.
  if (withBody) add('MALFORMED_JSON');
  if (operation.access !== 'anyone') add('UNAUTHENTICATED');
  if (operation.access === 'admin') add('FORBIDDEN');
  add(...(operation.problems ?? []).filter((code) => !codes.get(classOf(code).status)?.includes(code)));
  if (operation.admission) add('RATE_LIMITED');
  if (withBody) add('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  add('INTERNAL_ERROR');
  return codes;
}

function problemResponses(operation: NamedOperation, takesInput: boolean): Record<number, ResponseConfig> {
  return Object.fromEntries(
    [...problemsOf(operation, takesInput)].map(([status, codes]) => {
      const response = problemResponse(`${classOf(codes[0]!).title}: ${codes.join(', ')}.`);
      return [status, status === 429 ? { ...response, headers: RETRY_AFTER } : response];
    }),
  );
}

function successResponses(operation: NamedOperation): Record<number, ResponseConfig> {
  return Object.fromEntries(
    Object.entries(operation.responses).map(([status, description]) => [
      status,
      operation.output && status !== '204' ? json(description, operation.output) : { description },
    ]),
  );
}

/** The OpenAPI entry of an operation of the table. */
export function routeOf(operation: NamedOperation): RouteConfig {
  const { id, method, path, group, summary, description, access } = operation;
  const { params, query, headers, body } = restParts(operation);
  return {
    operationId: id,
    method,
    path,
    tags: [group],
    summary,
    ...(description ? { description } : {}),
    ...(access === 'anyone' ? {} : { security: access === 'cart' ? [{ bearerAuth: [] }, { cartToken: [] }] : [{ bearerAuth: [] }] }),
    request: {
      params,
      query,
      headers,
      ...(body ? { body: { required: body.required, content: { 'application/json': { schema: body.schema } } } } : {}),
    },
    responses: { ...successResponses(operation), ...problemResponses(operation, Boolean(params || query || headers || body)) },
  };
}
