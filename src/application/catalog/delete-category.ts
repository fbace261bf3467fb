import { inject, injectable } from 'tsyringe';
import { categoryInUse } from '../../domain/catalog/category';
import { NotFoundError } from '../../domain/shared/errors';
import { CategoryRepository } from '../ports/category-repository';
import { ProductRepository } from '../ports/product-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';

@injectable()
export class DeleteCategory {
  constructor(
    @inject(CategoryRepository) private readonly categories: CategoryRepository,
    @inject(ProductRepository) private readonly products: ProductRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, actor: Actor): Promise<void> {
    assertAdmin(actor);
    await this.uow.run(async () => {
      // The lock makes a concurrent CreateProduct/UpdateProduct wait, so the count below stays true.
      const category = await this.categories.lock(id);
      if (!category) throw new NotFoundError('Category');
      if ((await this.products.countLiveInCategory(id)) > 0) {
        throw categoryInUse();
      }
      await this.categories.delete(id);
    });
  }
}
