import { inject, injectable } from 'tsyringe';
import { changeDiscount } from '../../domain/discounts/discount-draft';
import { NotFoundError } from '../../domain/shared/errors';
import { DiscountRepository } from '../ports/discount-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { changesFrom } from './discount-input';
import { type DiscountView, toDiscountView } from './discount-view';
import type { UpdateDiscountInput } from './schemas';

@injectable()
export class UpdateDiscount {
  constructor(
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, input: UpdateDiscountInput, actor: Actor): Promise<DiscountView> {
    assertAdmin(actor);
    const changes = changesFrom(input);
    return this.uow.run(async () => {
      // Locked so that two partial updates cannot each overwrite the other's field.
      const current = await this.discounts.lock(id);
      if (!current) throw new NotFoundError('Discount');
      const updated = await this.discounts.update(id, changeDiscount(current, changes));
      if (!updated) throw new NotFoundError('Discount');
      return toDiscountView(updated);
    });
  }
}
