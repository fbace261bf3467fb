import { inject, injectable } from 'tsyringe';
import { newDiscount } from '../../domain/discounts/discount-draft';
import { DiscountRepository } from '../ports/discount-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { draftFrom } from './discount-input';
import { type DiscountView, toDiscountView } from './discount-view';
import type { CreateDiscountInput } from './schemas';

@injectable()
export class CreateDiscount {
  constructor(
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: CreateDiscountInput, actor: Actor): Promise<DiscountView> {
    assertAdmin(actor);
    const fields = newDiscount(draftFrom(input));
    return toDiscountView(await this.uow.run(() => this.discounts.create(fields)));
  }
}
