import { inject, injectable } from 'tsyringe';
import { DiscountRepository } from '../ports/discount-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { pageFrom, type Page } from '../shared/pagination';
import { type DiscountView, toDiscountView } from './discount-view';
import type { ListDiscountsInput } from './schemas';

@injectable()
export class ListDiscounts {
  constructor(@inject(DiscountRepository) private readonly discounts: DiscountRepository) {}

  async execute(input: ListDiscountsInput, actor: Actor): Promise<Page<DiscountView>> {
    assertAdmin(actor);
    return pageFrom(input, await this.discounts.list(input), toDiscountView);
  }
}
