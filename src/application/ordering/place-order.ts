import { inject, injectable } from 'tsyringe';
import { InsufficientStockError } from '../../domain/cart/cart';
import { orderFromCart } from '../../domain/ordering/order';
import { CartRepository } from '../ports/cart-repository';
import { Inventory } from '../ports/inventory';
import { OrderRepository } from '../ports/order-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { toOrderView, type OrderView } from './order-view';
import type { PlaceOrderInput } from './schemas';

export interface PlacedOrder {
  order: OrderView;
  /** False when the idempotency key named an order placed before, which is returned instead. */
  created: boolean;
}

/**
 * Checkout in one transaction: snapshot the cart at current prices, take the stock, store the
 * order, empty the cart. Stock is taken by conditional updates, so it never goes below zero.
 */
@injectable()
export class PlaceOrder {
  constructor(
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(Inventory) private readonly inventory: Inventory,
    @inject(OrderRepository) private readonly orders: OrderRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  execute(input: PlaceOrderInput, actor: Actor): Promise<PlacedOrder> {
    const key = input.idempotencyKey ?? null;
    return this.uow.run(async () => {
      // One checkout per user at a time: a retry with the same key waits here for the first.
      await this.users.lock(actor.userId);
      const earlier = key ? await this.orders.findByIdempotencyKey(actor.userId, key) : null;
      if (earlier) return { order: toOrderView(earlier), created: false };

      const draft = orderFromCart(actor.userId, await this.carts.lines(actor.userId), key);
      for (const item of draft.items) {
        if (!(await this.inventory.take(item.productId, item.quantity))) throw new InsufficientStockError(item.productId);
      }
      const order = await this.orders.create(draft);
      await this.carts.clear(actor.userId);
      return { order: toOrderView(order), created: true };
    });
  }
}
