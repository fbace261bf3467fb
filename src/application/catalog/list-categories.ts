import { inject, injectable } from 'tsyringe';
import { CategoryRepository } from '../ports/category-repository';
import type { Page } from '../shared/pagination';
import { type CategoryView, toCategoryView } from './category-view';
import type { ListCategoriesInput } from './schemas';

@injectable()
export class ListCategories {
  constructor(@inject(CategoryRepository) private readonly categories: CategoryRepository) {}

  async execute(input: ListCategoriesInput): Promise<Page<CategoryView>> {
    const { items, total } = await this.categories.list({ page: input.page, pageSize: input.pageSize });
    return { items: items.map(toCategoryView), page: input.page, pageSize: input.pageSize, total };
  }
}
