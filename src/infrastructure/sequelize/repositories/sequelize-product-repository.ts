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
import { countLiveProducts } from '../models/category-model';
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

/**
 * The row of a product's fields; its search text is written with them, whichever of them change
 * (the model writes the name's sort key with the name).
 */
const toProductRow = ({ price, ...fields }: ProductFields) => ({
  ...fields,
  priceCents: price.minorUnits,
  searchText: searchTextOf(fields.name, fields.description),
});

@injectable()
export class SequelizeProductRepository implements ProductRepository {
  private readonly queries: ProductQueries;

  constructor(@inject(Database) private readonly db: Database) {
    this.queries = new ProductQueries(db.reader, db.dialect);
  }

  findById(id: number): Promise<ProductWithCategory | null> {
    return this.queries.findById(id);
  }

  async lock(id: number): Promise<Product | null> {
    const row = await this.db.models.Product.findOne({ where: { id, deletedAt: null }, ...this.db.scope(true) });
    return row && toProduct(row);
  }

  async create(product: ProductFields): Promise<Product> {
    await this.countLive(product.categoryId, 1);
    return toProduct(await this.db.models.Product.create({ ...toProductRow(product), deletedAt: null }, this.db.scope()));
  }

  async update(id: number, product: ProductFields): Promise<Product | null> {
    // Locked, so that the category it leaves is the one it was in when a concurrent edit commits.
    const row = await this.db.models.Product.findOne({ where: { id, deletedAt: null }, ...this.db.scope(true) });
    if (!row) return null;
    if (row.categoryId !== product.categoryId) {
      await this.countLive(row.categoryId!, -1);
      await this.countLive(product.categoryId, 1);
    }
    return toProduct(await row.update(toProductRow(product), this.db.scope()));
  }

  async softDelete(id: number): Promise<boolean> {
    const row = await this.db.models.Product.findOne({ where: { id, deletedAt: null }, ...this.db.scope(true) });
    if (!row) return false;
    await row.update({ deletedAt: new Date() }, this.db.scope());
    await this.countLive(row.categoryId!, -1);
    return true;
  }

  /**
   * `SET n = n + by` in the write's transaction: exact however many writes run at once. Counted
   * before the product row is written: on MySQL the row's foreign key check share-locks the
   * category, and two writers each holding that share lock could not both take the write lock.
   */
  private countLive(categoryId: number, by: number): Promise<void> {
    return countLiveProducts(this.db.models.Category, categoryId, by, this.db.scope());
  }

  list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }> {
    return this.queries.list(query);
  }

  async countLiveInCategory(categoryId: number): Promise<number> {
    return this.db.models.Product.count({ where: { categoryId, deletedAt: null }, ...this.db.scope() });
  }
}
