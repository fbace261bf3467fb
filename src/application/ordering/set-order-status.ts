import { inject, injectable } from 'tsyringe';
import { type Actor, assertAdmin } from '../shared/actor';
import { OrderStatusChanger } from './order-status-changer';
import type { SetOrderStatusInput } from './schemas';
import type { OrderView } from './order-view';

@injectable()
export class SetOrderStatus {
  constructor(@inject(OrderStatusChanger) private readonly statuses: OrderStatusChanger) {}

  async execute(input: SetOrderStatusInput, actor: Actor): Promise<OrderView> {
    assertAdmin(actor);
    return this.statuses.change(input.id, input.status, actor);
  }
}
