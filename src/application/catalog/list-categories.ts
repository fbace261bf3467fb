import { inject, injectable } from 'tsyringe';
import { CategoryRepository } from '../ports/category-repository';
import { pageFrom, type Page } from '../shared/pagination';
import { type CategoryView, toCategoryView } from './category-view';
import type { ListCategoriesInput } from './schemas';

@injectable()
export class ListCategories {
  constructor(@inject(CategoryRepository) private readonly categories: CategoryRepository) {}

  async execute(input: ListCategoriesInput): Promise<Page<CategoryView>> {
    return pageFrom(input, await this.categories.list({ page: input.page, pageSize: input.pageSize }), toCategoryView);
  }
}
