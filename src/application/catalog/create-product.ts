import { inject, injectable } from 'tsyringe';
import { newProduct } from '../../domain/catalog/product';
import { Money } from '../../domain/shared/money';
import { CategoryRepository } from '../ports/category-repository';
import { EventOutbox } from '../ports/event-outbox';
import { ProductRepository } from '../ports/product-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { lockProductCategory } from './product-category';
import { type ProductView, toProductView } from './product-view';
import type { CreateProductInput } from './schemas';

@injectable()
export class CreateProduct {
  constructor(
    @inject(ProductRepository) private readonly products: ProductRepository,
    @inject(CategoryRepository) private readonly categories: CategoryRepository,
    @inject(EventOutbox) private readonly events: EventOutbox,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: CreateProductInput, actor: Actor): Promise<ProductView> {
    assertAdmin(actor);
    const fields = newProduct({ ...input, price: Money.ofMajor(input.price) });
    return this.uow.run(async () => {
      const category = await lockProductCategory(this.categories, fields.categoryId);
      const product = await this.products.create(fields);
      const view = toProductView({ ...product, category });
      await this.events.record({ type: 'product.created', data: { product: view } });
      return view;
    });
  }
}
