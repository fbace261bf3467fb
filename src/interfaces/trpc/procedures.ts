import type { TRPCMutationProcedure, TRPCQueryProcedure } from '@trpc/server';
import type { z } from 'zod';
import { callerOf, invoke } from '../invoke';
import type { Access, AnyOperation, Method, Operation, OperationTable } from '../operation';
import { publicProcedure, router } from './trpc';

type Answered<O> = [O] extends [void] ? null : O;

/** The procedure type tRPC itself would infer for an operation: its input schema's, and what `run` answers. */
type ProcedureOf<Op> =
  Op extends Operation<infer I, infer _U, infer _R, infer O, infer M extends Method, infer _A extends Access>
    ? M extends 'get'
      ? TRPCQueryProcedure<{ input: z.input<I>; output: Answered<O>; meta: object }>
      : TRPCMutationProcedure<{ input: z.input<I>; output: Answered<O>; meta: object }>
    : never;

export type ProceduresOf<T extends OperationTable> = {
  [Group in keyof T]: { [Name in keyof T[Group]]: ProcedureOf<T[Group][Name]> };
};

function procedureOf(operation: AnyOperation) {
  const { admission } = operation;
  const procedure = publicProcedure
    // Counted before the input is even parsed, so malformed calls count too.
    .use(async ({ ctx, next }) => {
      if (admission) await ctx.resolve(admission).execute(ctx.client);
      return next();
    })
    // The caller is proven before the input is parsed, as over REST: a 401 wins over a 400.
    .use(async ({ ctx, next }) => next({ ctx: { caller: await callerOf(operation, ctx.resolve, ctx.credentials, ctx.client) } }))
    .input(operation.input);
  if (operation.method === 'get') {
    return procedure.query(async ({ input, ctx }) => (await invoke(operation, ctx.resolve, input, ctx.caller)).body);
  }
  return procedure.mutation(async ({ input, ctx }) => (await invoke(operation, ctx.resolve, input, ctx.caller)).body);
}

/** The tRPC router of an operation table, typed procedure by procedure. */
export function routerOf<T extends OperationTable>(table: T) {
  const groups = Object.fromEntries(
    Object.entries(table).map(([group, operations]) => [
      group,
      router(Object.fromEntries(Object.entries(operations).map(([name, operation]) => [name, procedureOf(operation)]))),
    ]),
  );
  return router(groups as unknown as ProceduresOf<T>);
}
