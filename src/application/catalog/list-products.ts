import { inject, injectable } from 'tsyringe';
import { ValidationError } from '../../domain/shared/errors';
import { Money } from '../../domain/shared/money';
import { type ProductListQuery, ProductRepository } from '../ports/product-repository';
import { pageFrom, type Page } from '../shared/pagination';
import { type ProductView, toProductView } from './product-view';
import type { ListProductsInput, ProductSort } from './schemas';

@injectable()
export class ListProducts {
  constructor(@inject(ProductRepository) private readonly products: ProductRepository) {}

  async execute(input: ListProductsInput): Promise<Page<ProductView>> {
    const minPrice = input.minPrice === undefined ? undefined : Money.ofMajor(input.minPrice, 'minPrice');
    const maxPrice = input.maxPrice === undefined ? undefined : Money.ofMajor(input.maxPrice, 'maxPrice');
    if (minPrice && maxPrice && minPrice.greaterThan(maxPrice)) {
      throw ValidationError.field('minPrice', 'Must not be greater than maxPrice.');
    }
    const query: ProductListQuery = {
      page: input.page,
      pageSize: input.pageSize,
      categoryId: input.categoryId,
      q: input.q || undefined,
      minPrice,
      maxPrice,
      inStock: input.inStock,
      sort: SORTS[input.sort],
    };
    return pageFrom(input, await this.products.list(query), toProductView);
  }
}

const SORTS: Record<ProductSort, ProductListQuery['sort']> = {
  name: { field: 'name', direction: 'asc' },
  '-name': { field: 'name', direction: 'desc' },
  price: { field: 'price', direction: 'asc' },
  '-price': { field: 'price', direction: 'desc' },
  createdAt: { field: 'createdAt', direction: 'asc' },
  '-createdAt': { field: 'createdAt', direction: 'desc' },
};
