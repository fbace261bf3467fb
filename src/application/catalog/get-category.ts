import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { CategoryRepository } from '../ports/category-repository';
import { type CategoryView, toCategoryView } from './category-view';

@injectable()
export class GetCategory {
  constructor(@inject(CategoryRepository) private readonly categories: CategoryRepository) {}

  async execute(id: number): Promise<CategoryView> {
    const category = await this.categories.findById(id);
    if (!category) throw new NotFoundError('Category');
    return toCategoryView(category);
  }
}
