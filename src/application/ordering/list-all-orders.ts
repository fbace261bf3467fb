import { inject, injectable } from 'tsyringe';
import { OrderRepository } from '../ports/order-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { pageFrom, type Page } from '../shared/pagination';
import { toOrderView, type OrderView } from './order-view';
import type { ListAllOrdersInput } from './schemas';

@injectable()
export class ListAllOrders {
  constructor(@inject(OrderRepository) private readonly orders: OrderRepository) {}

  async execute(input: ListAllOrdersInput, actor: Actor): Promise<Page<OrderView>> {
    assertAdmin(actor);
    return pageFrom(input, await this.orders.list(input), toOrderView);
  }
}
