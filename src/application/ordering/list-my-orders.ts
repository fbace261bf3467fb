import { inject, injectable } from 'tsyringe';
import { OrderRepository } from '../ports/order-repository';
import type { Actor } from '../shared/actor';
import type { Page } from '../shared/pagination';
import { toOrderView } from './order-view';
import type { ListMyOrdersInput, OrderView } from './schemas';

@injectable()
export class ListMyOrders {
  constructor(@inject(OrderRepository) private readonly orders: OrderRepository) {}

  async execute(input: ListMyOrdersInput, actor: Actor): Promise<Page<OrderView>> {
    const { items, total } = await this.orders.list({ ...input, userId: actor.userId });
    return { items: items.map(toOrderView), page: input.page, pageSize: input.pageSize, total };
  }
}
