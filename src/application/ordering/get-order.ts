import { inject, injectable } from 'tsyringe';
import { OrderRepository } from '../ports/order-repository';
import type { Actor } from '../shared/actor';
import { visibleTo } from './order-access';
import { toOrderView, type OrderView } from './order-view';
import type { IdInput } from '../shared/ids';

@injectable()
export class GetOrder {
  constructor(@inject(OrderRepository) private readonly orders: OrderRepository) {}

  async execute(input: IdInput, actor: Actor): Promise<OrderView> {
    return toOrderView(visibleTo(await this.orders.findById(input.id), actor));
  }
}
