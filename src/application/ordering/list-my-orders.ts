import { inject, injectable } from 'tsyringe';
import { OrderRepository } from '../ports/order-repository';
import type { Actor } from '../shared/actor';
import { pageFrom, type Page } from '../shared/pagination';
import { toOrderView, type OrderView } from './order-view';
import type { ListMyOrdersInput } from './schemas';

@injectable()
export class ListMyOrders {
  constructor(@inject(OrderRepository) private readonly orders: OrderRepository) {}

  async execute(input: ListMyOrdersInput, actor: Actor): Promise<Page<OrderView>> {
    return pageFrom(input, await this.orders.list({ ...input, userId: actor.userId }), toOrderView);
  }
}
