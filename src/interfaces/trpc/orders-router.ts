import { listAllOrdersInput, listMyOrdersInput, placeOrderInput, setOrderStatusInput } from '../../application/ordering/schemas';
import { idInput } from '../../application/shared/ids';
import { authedProcedure, router } from './trpc';

export const ordersRouter = router({
  place: authedProcedure
    .input(placeOrderInput)
    .mutation(async ({ input, ctx }) => (await ctx.useCases.placeOrder.execute(input, ctx.actor)).order),
  mine: authedProcedure.input(listMyOrdersInput).query(({ input, ctx }) => ctx.useCases.listMyOrders.execute(input, ctx.actor)),
  byId: authedProcedure.input(idInput).query(({ input, ctx }) => ctx.useCases.getOrder.execute(input, ctx.actor)),
  cancel: authedProcedure.input(idInput).mutation(({ input, ctx }) => ctx.useCases.cancelOrder.execute(input, ctx.actor)),
  all: authedProcedure.input(listAllOrdersInput).query(({ input, ctx }) => ctx.useCases.listAllOrders.execute(input, ctx.actor)),
  setStatus: authedProcedure
    .input(setOrderStatusInput)
    .mutation(({ input, ctx }) => ctx.useCases.setOrderStatus.execute(input, ctx.actor)),
});
