import type { Category } from '../../domain/catalog/category';
import { ValidationError } from '../../domain/shared/errors';
import type { CategoryRepository } from '../ports/category-repository';

/**
 * Locks the category a product is about to point at, so that a concurrent DeleteCategory either
 * sees the product or has already removed the category (then this is a 400, not a dangling id).
 */
export async function lockProductCategory(categories: CategoryRepository, categoryId: number): Promise<Category> {
  const category = await categories.lock(categoryId);
  if (!category) {
    throw new ValidationError([{ path: 'categoryId', message: 'No category has this id.' }], 'CATEGORY_NOT_FOUND');
  }
  return category;
}
