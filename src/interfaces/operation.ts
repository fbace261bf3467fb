import { z } from 'zod';
import type { Actor } from '../application/shared/actor';
import type { ClientInfo } from '../application/shared/client-info';
import type { ErrorCode } from './errors';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call: anyone, any signed-in user, an admin (the use case itself checks the role), or
 * the owner of a cart: a signed-in user, or a guest holding the cart's token.
 */
export type Access = 'anyone' | 'user' | 'admin' | 'cart';

/** The caller as the use case sees it: the proven actor when the operation needs one. */
export interface Caller<A extends Access = Access> {
  actor: A extends 'anyone' ? undefined : A extends 'cart' ? Actor | undefined : Actor;
  /** The guest cart token sent with a request that has no bearer token. */
  cartToken: A extends 'cart' ? string | undefined : undefined;
  client: ClientInfo;
}

/** Counts a request against its client's limit before its input is even read; throws RateLimitedError. */
export interface Admission {
  execute(client: ClientInfo): Promise<void>;
}

/** The input of an operation that takes none: over tRPC, a procedure called without arguments. */
export const noInput = z.void();

export type UseCaseClass<U> = new (...args: never[]) => U;

/** Hands out the use case of a class, with its ports plugged in; the composition root provides it. */
export type Resolve = <U>(useCase: UseCaseClass<U>) => U;

/**
 * One operation of the API, declared once: the REST route, the tRPC procedure and the OpenAPI
 * entry are all derived from it. The input is what the tRPC procedure takes; over REST, the
 * fields named in `path` come from the path, those in `headers` from the request headers, and
 * the rest from the query string (GET, DELETE) or the JSON body (POST, PUT, PATCH).
 */
export interface Operation<I extends z.ZodType, U, R, O, M extends Method, A extends Access> {
  method: M;
  /** In OpenAPI's form: `/products/{id}`. */
  path: string;
  summary: string;
  description?: string;
  access: A;
  /** The limit a request is counted against before its input is even read. */
  admission?: UseCaseClass<Admission>;
  /** Input fields read from request headers over REST: `{ idempotencyKey: 'Idempotency-Key' }`. */
  headers?: Record<string, string>;
  input: I;
  /** The view answered, for the documentation; none for an operation that answers nothing. */
  output?: z.ZodType;
  /** What each success status means; the only one when there is one. */
  responses: Record<number, string>;
  /** Which of several success statuses a result gets. */
  status?: (result: R) => number;
  /** Codes this operation answers with beyond those its access and input imply. */
  problems?: ErrorCode[];
  useCase: UseCaseClass<U>;
  run: (useCase: U, input: z.output<I>, caller: Caller<A>) => Promise<R>;
  /** The answer made of the result, when it is not the result itself. */
  view?: (result: R) => O;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any operation, whatever its types
export type AnyOperation = Operation<z.ZodType, any, any, any, Method, Access>;

/** Declares an operation with its types inferred: the input from its schema, the output from `run`. */
export function operation<I extends z.ZodType, U, R, M extends Method, A extends Access, O = R>(
  definition: Operation<I, U, R, O, M, A>,
): Operation<I, U, R, O, M, A> {
  return definition;
}

/** An operation with the name it has in the table: `products.update` is `update` in `products`. */
export interface NamedOperation extends AnyOperation {
  id: string;
  group: string;
}

export type OperationTable = Record<string, Record<string, AnyOperation>>;

export function namedOperations(table: OperationTable): NamedOperation[] {
  return Object.entries(table).flatMap(([group, operations]) =>
    Object.entries(operations).map(([name, operation]) => ({ ...operation, id: `${group}.${name}`, group })),
  );
}

/** The path parameters an operation's path names, in order. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

export const takesBody = (method: Method): boolean => method === 'post' || method === 'put' || method === 'patch';

/** The input fields that travel in the query string or the body over REST: those in neither the path nor a header. */
export function queryOrBodyFields(operation: AnyOperation, fields: string[]): string[] {
  const inPath = pathParameters(operation.path);
  return fields.filter((name) => !inPath.includes(name) && !(name in (operation.headers ?? {})));
}

/** Whether a REST request must send a body: it has body fields and the input cannot be left out. */
export function requiresBody(operation: AnyOperation, fields: string[]): boolean {
  return (
    takesBody(operation.method) &&
    queryOrBodyFields(operation, fields).length > 0 &&
    !operation.input.safeParse(undefined).success
  );
}
