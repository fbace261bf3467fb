import { Authenticate } from '../application/accounts/authenticate';
import type { ClientInfo } from '../application/shared/client-info';
import type { AnyOperation, Caller, Resolve } from './operation';

/** The caller of an operation: its actor is proven from the bearer token unless anyone may call. */
export async function callerOf(
  operation: AnyOperation,
  resolve: Resolve,
  bearerToken: string | undefined,
  client: ClientInfo,
): Promise<Caller> {
  const actor = operation.access === 'anyone' ? undefined : await resolve(Authenticate).execute(bearerToken);
  return { actor, client } as Caller;
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
