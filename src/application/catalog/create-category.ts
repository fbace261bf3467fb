import { inject, injectable } from 'tsyringe';
import { newCategory } from '../../domain/catalog/category';
import { CategoryRepository } from '../ports/category-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import { type CategoryView, toCategoryView } from './category-view';
import type { CreateCategoryInput } from './schemas';

@injectable()
export class CreateCategory {
  constructor(
    @inject(CategoryRepository) private readonly categories: CategoryRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: CreateCategoryInput, actor: Actor): Promise<CategoryView> {
    assertAdmin(actor);
    const fields = newCategory(input);
    return toCategoryView(await this.uow.run(() => this.categories.create(fields)));
  }
}
