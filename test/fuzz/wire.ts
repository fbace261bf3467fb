import { validateHeaderValue } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type NamedOperation, pathParameters, takesBody } from '../../src/interfaces/operation';
import { RawJson, Repeated, jsonText } from './hostile-values';
import type { Probe } from './probe';

/** A request exactly as it goes on the wire: path already encoded, body already serialised. */
export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The body before any compression, for the report. */
  bodyText?: string;
  compressed?: boolean;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes the UTF-8 bytes of a text; a lone surrogate goes as U+FFFD, as any client sends it. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (UNRESERVED.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

// Plain objects only: a RawJson or Repeated stands for one value, not for fields.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A value as text where only text can go: a path segment, a query value, a header. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof RawJson) return value.text;
  if (value instanceof Repeated) return value.toJSON();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return jsonText(value);
}

function headerText(value: unknown): string {
  const text = textOf(value);
  try {
    validateHeaderValue('x-fuzz', text);
    return text;
  } catch {
    return percentEncode(text);
  }
}

function queryOf(value: unknown): string[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [percentEncode(textOf(value))];
  return Object.entries(value).flatMap(([key, item]) => {
    if (item === undefined) return [];
    if (item === null) return [percentEncode(key)];
    const items = Array.isArray(item) ? item : [item];
    return items.map((element) => `${percentEncode(key)}=${percentEncode(textOf(element))}`);
  });
}

const withQuery = (path: string, parts: (string | undefined)[]) => {
  const query = parts.filter((part) => part !== undefined).join('&');
  return query ? `${path}?${query}` : path;
};

function withBody(request: WireRequest, probe: Probe, value: unknown): WireRequest {
  const { contentType, contentEncoding, compress, omit } = probe.envelope;
  if (value === undefined || omit === 'none') return request;
  const text = omit === 'empty' ? '' : jsonText(value);
  const headers = { ...request.headers };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  if (contentEncoding !== undefined) headers['Content-Encoding'] = contentEncoding;
  const body = compress ? gzipSync(text) : Buffer.from(text, 'utf8');
  return { ...request, headers, body, bodyText: text, compressed: compress };
}

/** A session's token, or whatever the probe has a caller without one send. */
function authorization(token: string | undefined, probe: Probe): Record<string, string> {
  if (token) return { Authorization: `Bearer ${token}` };
  return probe.authorization === undefined ? {} : { Authorization: headerText(probe.authorization) };
}

/** The REST request of a probe: path parameters in the path, header fields in headers, the rest in the query or body. */
export function restRequest(operation: NamedOperation, probe: Probe, token: string | undefined): WireRequest {
  const method = probe.otherVerb ?? operation.method;
  const input = probe.input;
  const record = isRecord(input) ? input : undefined;
  const inPath = pathParameters(operation.path);
  const fromHeaders = operation.headers ?? {};
  // An input without the parameter still names a thing, so that the rest of it is what is judged.
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    probe.segment ?? (record?.[name] === undefined ? '1' : percentEncode(textOf(record[name]))),
  );
  const headers = authorization(token, probe);
  for (const [field, header] of Object.entries(fromHeaders)) {
    if (record?.[field] !== undefined) headers[header] = headerText(record[field]);
  }
  const rest = record
    ? Object.fromEntries(Object.entries(record).filter(([name]) => !inPath.includes(name) && !(name in fromHeaders)))
    : input;
  const request: WireRequest = { method: method.toUpperCase(), path, headers };
  if (takesBody(method)) return withBody({ ...request, path: withQuery(path, [probe.rawQuery]) }, probe, rest);
  return { ...request, path: withQuery(path, [probe.rawQuery, ...queryOf(rest)]) };
}

/** The tRPC request of a probe: a query's input in `?input=`, a mutation's as the body. */
export function trpcRequest(operation: NamedOperation, probe: Probe, token: string | undefined): WireRequest {
  const own = operation.method === 'get' ? 'get' : 'post';
  const method = probe.otherVerb ?? own;
  const path = `/trpc/${operation.id}`;
  const request: WireRequest = { method: method.toUpperCase(), path, headers: authorization(token, probe) };
  if (method === 'get') {
    const input = probe.input === undefined ? undefined : `input=${percentEncode(jsonText(probe.input))}`;
    return { ...request, path: withQuery(path, [probe.rawQuery, input]) };
  }
  return withBody({ ...request, path: withQuery(path, [probe.rawQuery]) }, probe, probe.input);
}

/** Whether a tRPC request is a batch, whose answer is a list rather than one result. */
export const isBatch = (request: WireRequest) => /[?&]batch=1(&|$)/.test(request.path);
