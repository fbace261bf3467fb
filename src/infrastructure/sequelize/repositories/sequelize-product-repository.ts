import type { InferAttributes } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type {
  ProductListQuery,
  ProductRepository,
  ProductWithCategory,
} from '../../../application/ports/product-repository';
import type { Product, ProductFields } from '../../../domain/catalog/product';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';
import { type ProductRow, searchTextOf } from '../models/product-model';
import { ProductQueries } from './product-queries';

const toProduct = (row: InferAttributes<ProductRow>): Product => ({
  id: row.id,
  name: row.name,
  description: row.description,
  price: Money.ofMinor(row.priceCents),
  quantity: row.quantity,
  // Live products always have a category; only deleted ones can lose it.
  categoryId: row.categoryId!,
  imageUrl: row.imageUrl,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** The row of a product's fields; its search text is written with them, whichever of them change. */
const toProductRow = ({ price, ...fields }: ProductFields) => ({
  ...fields,
  priceCents: price.minorUnits,
  searchText: searchTextOf(fields.name, fields.description),
});

@injectable()
export class SequelizeProductRepository implements ProductRepository {
  private readonly queries: ProductQueries;

  constructor(@inject(Database) private readonly db: Database) {
    this.queries = new ProductQueries(db.reader);
  }

  findById(id: number): Promise<ProductWithCategory | null> {
    return this.queries.findById(id);
  }

  async lock(id: number): Promise<Product | null> {
    const row = await this.db.models.Product.findOne({ where: { id, deletedAt: null }, ...this.db.scope(true) });
    return row && toProduct(row);
  }

  async create(product: ProductFields): Promise<Product> {
    return toProduct(await this.db.models.Product.create({ ...toProductRow(product), deletedAt: null }, this.db.scope()));
  }

  async update(id: number, product: ProductFields): Promise<Product | null> {
    const row = await this.db.models.Product.findOne({ where: { id, deletedAt: null }, ...this.db.scope() });
    if (!row) return null;
    return toProduct(await row.update(toProductRow(product), this.db.scope()));
  }

  async softDelete(id: number): Promise<boolean> {
    const [changed] = await this.db.models.Product.update(
      { deletedAt: new Date() },
      { where: { id, deletedAt: null }, ...this.db.scope() },
    );
    return changed === 1;
  }

  list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }> {
    return this.queries.list(query);
  }

  async countLiveInCategory(categoryId: number): Promise<number> {
    return this.db.models.Product.count({ where: { categoryId, deletedAt: null }, ...this.db.scope() });
  }
}
