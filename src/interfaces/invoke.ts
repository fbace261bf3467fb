import { Authenticate } from '../application/accounts/authenticate';
import type { ClientInfo } from '../application/shared/client-info';
import type { AnyOperation, Caller, Resolve } from './operation';

/** What a request carries to prove who calls. */
export interface Credentials {
  bearerToken: string | undefined;
  cartToken: string | undefined;
}

/**
 * The caller of an operation: its actor is proven from the bearer token unless anyone may call;
 * a cart's owner may instead be a guest holding its token.
 */
export async function callerOf(operation: AnyOperation, resolve: Resolve, credentials: Credentials, client: ClientInfo): Promise<Caller> {
  if (operation.access === 'anyone') return { actor: undefined, cartToken: undefined, client };
  const { bearerToken, cartToken } = credentials;
  if (operation.access === 'cart' && bearerToken === undefined && cartToken !== undefined) {
    return { actor: undefined, cartToken, client };
  }
  return { actor: await resolve(Authenticate).execute(bearerToken), cartToken: undefined, client };
}

export interface Answer {
  status: number;
  /** null when the operation answers nothing: 204 over REST, `null` over tRPC. */
  body: unknown;
}

/** Runs an operation's use case on parsed input and shapes its answer, the same for REST and tRPC. */
export async function invoke(operation: AnyOperation, resolve: Resolve, input: unknown, caller: Caller): Promise<Answer> {
  const result: unknown = await operation.run(resolve(operation.useCase), input, caller);
  const status = operation.status?.(result) ?? Number(Object.keys(operation.responses)[0]);
  const body: unknown = operation.view ? operation.view(result) : result;
  return { status, body: body ?? null };
}
