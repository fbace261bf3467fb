import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { EventOutbox } from '../ports/event-outbox';
import { ProductRepository } from '../ports/product-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';

/** Hides the product from the catalog; orders placed earlier keep their own snapshot of it. */
@injectable()
export class DeleteProduct {
  constructor(
    @inject(ProductRepository) private readonly products: ProductRepository,
    @inject(EventOutbox) private readonly events: EventOutbox,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, actor: Actor): Promise<void> {
    assertAdmin(actor);
    await this.uow.run(async () => {
      if (!(await this.products.softDelete(id))) throw new NotFoundError('Product');
      await this.events.record({ type: 'product.deleted', data: { product: { id } } });
    });
  }
}
