import { inject, injectable } from 'tsyringe';
import { OrderRepository } from '../ports/order-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import type { Page } from '../shared/pagination';
import { toOrderView } from './order-view';
import type { ListAllOrdersInput, OrderView } from './schemas';

@injectable()
export class ListAllOrders {
  constructor(@inject(OrderRepository) private readonly orders: OrderRepository) {}

  async execute(input: ListAllOrdersInput, actor: Actor): Promise<Page<OrderView>> {
    assertAdmin(actor);
    const { items, total } = await this.orders.list(input);
    return { items: items.map(toOrderView), page: input.page, pageSize: input.pageSize, total };
  }
}
