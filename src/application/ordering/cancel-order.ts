import { inject, injectable } from 'tsyringe';
import type { Actor } from '../shared/actor';
import { OrderStatusChanger } from './order-status-changer';
import type { OrderIdInput, OrderView } from './schemas';

@injectable()
export class CancelOrder {
  constructor(@inject(OrderStatusChanger) private readonly statuses: OrderStatusChanger) {}

  execute(input: OrderIdInput, actor: Actor): Promise<OrderView> {
    return this.statuses.change(input.id, 'cancelled', actor);
  }
}
