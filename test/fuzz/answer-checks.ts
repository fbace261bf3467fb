import { maxHeaderSize } from 'node:http';
import { type WireResponse, headBytes, jsonOf } from './send';
import type { WireRequest } from './wire';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const PROBLEM_JSON = /^application\/problem\+json(;|$)/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

// Node's HTTP parser answers a head over its limit itself, before the application sees the request.
const refusedByNode = (request: WireRequest, response: WireResponse) =>
  response.status === 431 && headBytes(request) > maxHeaderSize - 512;

function serverError(response: WireResponse): string[] {
  return response.status >= 500 ? [`answered ${response.status}`] : [];
}

function fieldErrors(errors: unknown): string[] {
  if (errors === undefined) return [];
  const valid = Array.isArray(errors) && errors.every((error) => isObject(error) && typeof error.path === 'string' && typeof error.message === 'string');
  return valid ? [] : ['`errors` is not a list of { path, message }'];
}

/** What is wrong with a REST answer: a 5xx, or a 4xx that is not a complete problem document. */
export function restViolations(request: WireRequest, response: WireResponse): string[] {
  const found = serverError(response);
  if (response.status < 400 || response.status >= 500 || refusedByNode(request, response)) return found;
  if (!PROBLEM_JSON.test(response.contentType ?? '')) found.push(`Content-Type is ${response.contentType ?? 'missing'}, not application/problem+json`);
  const body = jsonOf(response);
  if (!isObject(body)) return [...found, 'the body is not a JSON object'];
  for (const member of ['type', 'title', 'detail'] as const) {
    if (typeof body[member] !== 'string') found.push(`\`${member}\` is not a string`);
  }
  if (body.status !== response.status) found.push(`\`status\` is ${String(body.status)}, the HTTP status ${response.status}`);
  if (typeof body.code !== 'string' || !UPPER_SNAKE.test(body.code)) found.push(`\`code\` ${JSON.stringify(body.code)} is not UPPER_SNAKE`);
  return [...found, ...fieldErrors(body.errors)];
}

function trpcErrorViolations(answer: unknown, httpStatus: number | undefined): string[] {
  const error = isObject(answer) ? answer.error : undefined;
  if (!isObject(error)) return ['no `error` object'];
  const found: string[] = [];
  if (typeof error.message !== 'string') found.push('`error.message` is not a string');
  if (typeof error.code !== 'number') found.push('`error.code` is not a JSON-RPC number');
  const data = error.data;
  if (!isObject(data)) return [...found, 'no `error.data` object'];
  if (typeof data.code !== 'string' || !UPPER_SNAKE.test(data.code)) found.push(`\`data.code\` ${JSON.stringify(data.code)} is not UPPER_SNAKE`);
  if (typeof data.appCode !== 'string' || !UPPER_SNAKE.test(data.appCode)) found.push(`\`data.appCode\` ${JSON.stringify(data.appCode)} is not UPPER_SNAKE`);
  if (typeof data.httpStatus !== 'number' || data.httpStatus >= 500) found.push(`\`data.httpStatus\` is ${String(data.httpStatus)}`);
  else if (httpStatus !== undefined && data.httpStatus !== httpStatus) found.push(`\`data.httpStatus\` is ${data.httpStatus}, the HTTP status ${httpStatus}`);
  return [...found, ...fieldErrors(data.errors)];
}

/** What is wrong with a tRPC answer: a 5xx, or an error without tRPC's shape and our `appCode`. */
export function trpcViolations(request: WireRequest, response: WireResponse, batch: boolean): string[] {
  const found = serverError(response);
  if (refusedByNode(request, response)) return found;
  const body = jsonOf(response);
  // A batch answers 207 when its calls fare differently, so each call is judged on its own.
  if (batch && Array.isArray(body)) {
    return [...found, ...body.flatMap((call: unknown) => (isObject(call) && 'result' in call ? [] : trpcErrorViolations(call, undefined)))];
  }
  if (response.status < 400) return found;
  return [...found, ...trpcErrorViolations(body, response.status)];
}
