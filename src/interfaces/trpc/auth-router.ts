import { logInInput, logOutInput, refreshInput, signUpInput } from '../../application/accounts/schemas';
import { authedProcedure, publicProcedure, router } from './trpc';

export const authRouter = router({
  signup: publicProcedure
    .input(signUpInput)
    .mutation(async ({ input, ctx }) => ({ user: await ctx.useCases.signUp.execute(input, ctx.client) })),
  login: publicProcedure.input(logInInput).mutation(({ input, ctx }) => ctx.useCases.logIn.execute(input, ctx.client)),
  refresh: publicProcedure.input(refreshInput).mutation(({ input, ctx }) => ctx.useCases.refreshSession.execute(input)),
  logout: authedProcedure.input(logOutInput).mutation(async ({ input, ctx }) => {
    await ctx.useCases.logOut.execute(input, ctx.actor);
    return null;
  }),
  me: authedProcedure.query(async ({ ctx }) => ({ user: await ctx.useCases.getCurrentUser.execute(ctx.actor) })),
});
