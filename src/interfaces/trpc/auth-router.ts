import { logInInput, logOutInput, refreshInput, signUpInput } from '../../application/accounts/schemas';
import { authedProcedure, publicProcedure, router } from './trpc';

/** Counted against the client's login and signup limit before the input is even parsed. */
const admittedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  await ctx.useCases.admitAuthRequest.execute(ctx.client);
  return next();
});

export const authRouter = router({
  signup: admittedProcedure
    .input(signUpInput)
    .mutation(async ({ input, ctx }) => ({ user: await ctx.useCases.signUp.execute(input) })),
  login: admittedProcedure.input(logInInput).mutation(({ input, ctx }) => ctx.useCases.logIn.execute(input)),
  refresh: publicProcedure.input(refreshInput).mutation(({ input, ctx }) => ctx.useCases.refreshSession.execute(input)),
  logout: authedProcedure.input(logOutInput).mutation(async ({ input, ctx }) => {
    await ctx.useCases.logOut.execute(input, ctx.actor);
    return null;
  }),
  me: authedProcedure.query(async ({ ctx }) => ({ user: await ctx.useCases.getCurrentUser.execute(ctx.actor) })),
});
