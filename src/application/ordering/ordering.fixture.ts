import { InMemoryOrderRepository } from '../../infrastructure/memory/in-memory-order-repository';
import { admin, cartFixture, customer, otherCustomer } from '../cart/cart.fixture';
import type { Actor } from '../shared/actor';
import { CancelOrder } from './cancel-order';
import { GetOrder } from './get-order';
import { ListAllOrders } from './list-all-orders';
import { ListMyOrders } from './list-my-orders';
import { OrderStatusChanger } from './order-status-changer';
import { PlaceOrder } from './place-order';
import { listAllOrdersInput, listMyOrdersInput } from './schemas';
import { SetOrderStatus } from './set-order-status';

export { admin, customer, otherCustomer };

/** The ordering use cases on top of the in-memory catalog and cart. */
export function orderingFixture() {
  const cart = cartFixture();
  const orders = new InMemoryOrderRepository(cart.clock);
  const statuses = new OrderStatusChanger(orders, cart.inventory, cart.uow);
  const fixture = {
    ...cart,
    orders,
    placeOrder: new PlaceOrder(cart.carts, cart.inventory, orders, cart.users, cart.uow),
    getOrder: new GetOrder(orders),
    cancelOrder: new CancelOrder(statuses),
    setOrderStatus: new SetOrderStatus(statuses),
    listMyOrders: new ListMyOrders(orders),
    listAllOrders: new ListAllOrders(orders),
  };
  return {
    ...fixture,
    /** Lists with the schema's defaults filled in, as the interfaces do after parsing. */
    myOrders: (actor: Actor, query: Record<string, unknown> = {}) =>
      fixture.listMyOrders.execute(listMyOrdersInput.parse(query), actor),
    allOrders: (actor: Actor, query: Record<string, unknown> = {}) =>
      fixture.listAllOrders.execute(listAllOrdersInput.parse(query), actor),
    /** Fills the actor's cart with `quantity` of each product and checks out. */
    ordered: async (actor: Actor, productIds: number[], quantity = 1, idempotencyKey?: string) => {
      for (const productId of productIds) await fixture.addToCart.execute({ productId, quantity }, actor);
      return (await fixture.placeOrder.execute({ idempotencyKey }, actor)).order;
    },
  };
}
