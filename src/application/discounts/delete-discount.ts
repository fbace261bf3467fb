import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { DiscountRepository } from '../ports/discount-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';

@injectable()
export class DeleteDiscount {
  constructor(
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, actor: Actor): Promise<void> {
    assertAdmin(actor);
    const deleted = await this.uow.run(() => this.discounts.delete(id));
    if (!deleted) throw new NotFoundError('Discount');
  }
}
