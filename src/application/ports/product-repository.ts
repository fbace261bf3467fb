import type { Category } from '../../domain/catalog/category';
import type { Product, ProductFields } from '../../domain/catalog/product';
import type { Money } from '../../domain/shared/money';

export type ProductWithCategory = Product & { category: Pick<Category, 'id' | 'name'> };

export type ProductSortField = 'name' | 'price' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

export interface ProductListQuery {
  page: number;
  pageSize: number;
  categoryId?: number;
  /** Case-insensitive substring of the name or the description; `%` and `_` match themselves. */
  q?: string;
  /** Inclusive. */
  minPrice?: Money;
  /** Inclusive. */
  maxPrice?: Money;
  /** true: quantity > 0 only; false: quantity = 0 only; absent: both. */
  inStock?: boolean;
  /** Ties are broken by id in the same direction; names compare lower-cased. */
  sort: { field: ProductSortField; direction: SortDirection };
}

/**
 * Sees live products only: a soft-deleted product is kept for the orders that refer to it, but
 * every method here treats it as if it did not exist.
 */
export interface ProductRepository {
  findById(id: number): Promise<ProductWithCategory | null>;
  /** Reads the product and locks it until the transaction ends, so concurrent writes queue up. */
  lock(id: number): Promise<Product | null>;
  create(product: ProductFields): Promise<Product>;
  /** Null when no live product has this id. */
  update(id: number, product: ProductFields): Promise<Product | null>;
  /** Hides the product from the catalog; false when no live product has this id. */
  softDelete(id: number): Promise<boolean>;
  list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }>;
  countLiveInCategory(categoryId: number): Promise<number>;
}
export const ProductRepository = Symbol('ProductRepository');
