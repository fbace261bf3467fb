import { inject, injectable } from 'tsyringe';
import type { Actor } from '../shared/actor';
import { OrderStatusChanger } from './order-status-changer';
import type { OrderView } from './order-view';
import type { IdInput } from '../shared/ids';

@injectable()
export class CancelOrder {
  constructor(@inject(OrderStatusChanger) private readonly statuses: OrderStatusChanger) {}

  execute(input: IdInput, actor: Actor): Promise<OrderView> {
    return this.statuses.change(input.id, 'cancelled', actor);
  }
}
