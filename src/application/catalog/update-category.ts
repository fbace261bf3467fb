import { inject, injectable } from 'tsyringe';
import { changeCategory } from '../../domain/catalog/category';
import { NotFoundError } from '../../domain/shared/errors';
import { CategoryRepository } from '../ports/category-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { type CategoryView, toCategoryView } from './category-view';
import type { UpdateCategoryInput } from './schemas';

@injectable()
export class UpdateCategory {
  constructor(
    @inject(CategoryRepository) private readonly categories: CategoryRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, input: UpdateCategoryInput, actor: Actor): Promise<CategoryView> {
    assertAdmin(actor);
    return this.uow.run(async () => {
      // Locked so that two partial updates cannot each overwrite the other's field.
      const current = await this.categories.lock(id);
      if (!current) throw new NotFoundError('Category');
      const updated = await this.categories.update(id, changeCategory(current, input));
      if (!updated) throw new NotFoundError('Category');
      return toCategoryView(updated);
    });
  }
}
