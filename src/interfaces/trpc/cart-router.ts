import { addToCartInput, removeFromCartInput, updateCartItemInput } from '../../application/cart/schemas';
import { authedProcedure, router } from './trpc';

export const cartRouter = router({
  get: authedProcedure.query(({ ctx }) => ctx.useCases.getCart.execute(ctx.actor)),
  add: authedProcedure.input(addToCartInput).mutation(({ input, ctx }) => ctx.useCases.addToCart.execute(input, ctx.actor)),
  update: authedProcedure
    .input(updateCartItemInput)
    .mutation(({ input, ctx }) => ctx.useCases.updateCartItem.execute(input, ctx.actor)),
  remove: authedProcedure
    .input(removeFromCartInput)
    .mutation(({ input, ctx }) => ctx.useCases.removeFromCart.execute(input, ctx.actor)),
});
