import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { ProductRepository } from '../ports/product-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';

/** Hides the product from the catalog; orders placed earlier keep their own snapshot of it. */
@injectable()
export class DeleteProduct {
  constructor(
    @inject(ProductRepository) private readonly products: ProductRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, actor: Actor): Promise<void> {
    assertAdmin(actor);
    const deleted = await this.uow.run(() => this.products.softDelete(id));
    if (!deleted) throw new NotFoundError('Product');
  }
}
