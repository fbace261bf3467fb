import { inject, injectable } from 'tsyringe';
import { InsufficientStockError } from '../../domain/cart/cart';
import { DiscountNotApplicableError } from '../../domain/discounts/discount';
import { orderEventOf } from '../../domain/events/event-types';
import { orderFromCart, priceChanged } from '../../domain/ordering/order';
import { Money } from '../../domain/shared/money';
import { CartAccess } from '../cart/cart-access';
import { CartViews } from '../cart/cart-views';
import { CartRepository } from '../ports/cart-repository';
import { EventOutbox } from '../ports/event-outbox';
import { DiscountRepository } from '../ports/discount-repository';
import { Inventory } from '../ports/inventory';
import { OrderRepository } from '../ports/order-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { toOrderView, type OrderView } from './order-view';
import type { PlaceOrderInput } from './schemas';
import { ShippingAddresses } from './shipping-addresses';

export interface PlacedOrder {
  order: OrderView;
  /** False when the idempotency key named an order placed before, which is returned instead. */
  created: boolean;
}

/**
 * Checkout in one transaction: price the cart at current prices with its code, take the stock,
 * count the code's use, store the order with its shipping address, empty the cart and record
 * the `order.placed` event. Stock and
 * uses are taken by conditional updates, so neither ever passes its limit.
 */
@injectable()
export class PlaceOrder {
  constructor(
    @inject(CartAccess) private readonly cartAccess: CartAccess,
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(CartViews) private readonly cartViews: CartViews,
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(ShippingAddresses) private readonly shipping: ShippingAddresses,
    @inject(Inventory) private readonly inventory: Inventory,
    @inject(OrderRepository) private readonly orders: OrderRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(EventOutbox) private readonly events: EventOutbox,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  execute(input: PlaceOrderInput, actor: Actor): Promise<PlacedOrder> {
    const key = input.idempotencyKey ?? null;
    const owner = { userId: actor.userId };
    return this.uow.run(async () => {
      // One checkout per user at a time: a retry with the same key waits here for the first,
      // and a customer's uses of a code are counted with none of theirs in flight.
      await this.users.lock(actor.userId);
      const earlier = key ? await this.orders.findByIdempotencyKey(actor.userId, key) : null;
      if (earlier) return { order: toOrderView(earlier), created: false };

      const cart = await this.cartAccess.open(owner);
      const discount = cart.discountId ? await this.discounts.findById(cart.discountId) : null;
      const draft = orderFromCart({
        userId: actor.userId,
        lines: await this.carts.lines(cart.id),
        discount,
        ...(await this.cartViews.occasion(owner, discount)),
        shippingAddress: await this.shipping.choose(input, actor.userId),
        idempotencyKey: key,
      });
      if (input.expectedTotalPrice !== undefined) {
        const expected = Money.ofMajor(input.expectedTotalPrice);
        if (!draft.total.equals(expected)) throw priceChanged(expected, draft.total);
      }
      for (const item of draft.items) {
        if (!(await this.inventory.take(item.productId, item.quantity))) throw new InsufficientStockError(item.productId);
      }
      if (draft.discount && !(await this.discounts.claimUse(draft.discount.id))) {
        throw new DiscountNotApplicableError('USAGE_LIMIT_REACHED');
      }
      const order = toOrderView(await this.orders.create(draft));
      await this.carts.clear(cart.id);
      await this.events.record({ type: orderEventOf(order.status), data: { order } });
      return { order, created: true };
    });
  }
}
