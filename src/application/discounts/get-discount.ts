import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { DiscountRepository } from '../ports/discount-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { type DiscountView, toDiscountView } from './discount-view';

@injectable()
export class GetDiscount {
  constructor(@inject(DiscountRepository) private readonly discounts: DiscountRepository) {}

  async execute(id: number, actor: Actor): Promise<DiscountView> {
    assertAdmin(actor);
    const discount = await this.discounts.findById(id);
    if (!discount) throw new NotFoundError('Discount');
    return toDiscountView(discount);
  }
}
