import type { Category, CategoryFields } from '../../domain/catalog/category';

export interface CategoryListQuery {
  page: number;
  pageSize: number;
}

/**
 * Names are unique by `categoryNameKey` (trimmed, lower-cased): a write that would give two
 * categories the same key throws ConflictError CATEGORY_NAME_TAKEN.
 */
export interface CategoryRepository {
  findById(id: number): Promise<Category | null>;
  /** Like findById, and takes a write lock on the category until the transaction ends. */
  lock(id: number): Promise<Category | null>;
  create(category: CategoryFields): Promise<Category>;
  /** Null when no category has this id. */
  update(id: number, category: CategoryFields): Promise<Category | null>;
  delete(id: number): Promise<void>;
  /** Ordered by lower-cased name, then id. */
  list(query: CategoryListQuery): Promise<{ items: Category[]; total: number }>;
}
export const CategoryRepository = Symbol('CategoryRepository');
