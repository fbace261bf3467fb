import { inject, injectable } from 'tsyringe';
import { changeProduct } from '../../domain/catalog/product';
import { NotFoundError } from '../../domain/shared/errors';
import { Money } from '../../domain/shared/money';
import { CategoryRepository } from '../ports/category-repository';
import { EventOutbox } from '../ports/event-outbox';
import { ProductRepository } from '../ports/product-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { lockProductCategory } from './product-category';
import { type ProductView, toProductView } from './product-view';
import type { UpdateProductInput } from './schemas';

@injectable()
export class UpdateProduct {
  constructor(
    @inject(ProductRepository) private readonly products: ProductRepository,
    @inject(CategoryRepository) private readonly categories: CategoryRepository,
    @inject(EventOutbox) private readonly events: EventOutbox,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, input: UpdateProductInput, actor: Actor): Promise<ProductView> {
    assertAdmin(actor);
    const price = input.price === undefined ? undefined : Money.ofMajor(input.price);
    return this.uow.run(async () => {
      // Locked, so that neither a concurrent edit nor a checkout's stock update is written over.
      const current = await this.products.lock(id);
      if (!current) throw new NotFoundError('Product');
      const fields = changeProduct(current, { ...input, price });
      const category = await lockProductCategory(this.categories, fields.categoryId);
      const product = await this.products.update(id, fields);
      if (!product) throw new NotFoundError('Product');
      const view = toProductView({ ...product, category });
      await this.events.record({ type: 'product.updated', data: { product: view } });
      return view;
    });
  }
}
