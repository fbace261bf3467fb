import { inject, injectable } from 'tsyringe';
import { orderEventOf } from '../../domain/events/event-types';
import { QUANTITY_MAX, stockLimitReached } from '../../domain/catalog/product';
import { type OrderStatus, assertTransition, releasesStock } from '../../domain/ordering/order-status';
import { DiscountRepository } from '../ports/discount-repository';
import { EventOutbox } from '../ports/event-outbox';
import { Inventory } from '../ports/inventory';
import { OrderRepository } from '../ports/order-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, isAdmin } from '../shared/actor';
import { visibleTo } from './order-access';
import { toOrderView, type OrderView } from './order-view';

/**
 * Moves an order along its life cycle under a lock on the order, so of two concurrent moves
 * exactly one sees the status it expects; a cancellation puts the stock back and gives its
 * discount code's use back in the same step.
 */
@injectable()
export class OrderStatusChanger {
  constructor(
    @inject(OrderRepository) private readonly orders: OrderRepository,
    @inject(Inventory) private readonly inventory: Inventory,
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(EventOutbox) private readonly events: EventOutbox,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  change(orderId: number, to: OrderStatus, actor: Actor): Promise<OrderView> {
    return this.uow.run(async () => {
      const order = visibleTo(await this.orders.lock(orderId), actor);
      assertTransition(order.status, to, isAdmin(actor) ? 'admin' : 'customer');
      if (releasesStock(to)) {
        for (const item of order.items) {
          const restored = await this.inventory.restore(item.productId, item.quantity, QUANTITY_MAX);
          if (!restored) throw stockLimitReached(item.productId);
        }
        if (order.discount) await this.discounts.releaseUse(order.discount.id);
      }
      const changed = toOrderView(await this.orders.updateStatus(order.id, to));
      await this.events.record({ type: orderEventOf(to), data: { order: changed } });
      return changed;
    });
  }
}
