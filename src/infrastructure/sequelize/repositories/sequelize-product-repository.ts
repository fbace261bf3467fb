import { type FindOptions, type InferAttributes, type Order, col, fn } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type {
  ProductListQuery,
  ProductRepository,
  ProductWithCategory,
} from '../../../application/ports/product-repository';
import type { Product, ProductFields } from '../../../domain/catalog/product';
import { Money } from '../../../domain/shared/money';
import { offsetOf } from '../../../application/shared/pagination';
import { Database } from '../database';
import { type ProductRow, searchTextOf } from '../models/product-model';
import { productFilters } from './product-filters';

/** A product row as a model instance or as the plain object a raw query gives. */
type ProductRecord = Omit<InferAttributes<ProductRow>, 'createdAt' | 'updatedAt'> & {
  createdAt: Date | string;
  updatedAt: Date | string;
  category?: { id: number; name: string };
};

const toProduct = (row: ProductRecord): Product => ({
  id: row.id,
  name: row.name,
  description: row.description,
  price: Money.ofMinor(row.priceCents),
  quantity: row.quantity,
  // Live products always have a category; only deleted ones can lose it.
  categoryId: row.categoryId!,
  imageUrl: row.imageUrl,
  // Raw SQLite rows carry timestamps as text.
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
});

const toProductWithCategory = (row: ProductRecord): ProductWithCategory => ({
  ...toProduct(row),
  category: { id: row.category!.id, name: row.category!.name },
});

/** Reads skip building model instances, which costs more than the query for a page of products. */
const PLAIN_ROWS = { raw: true, nest: true, attributes: { exclude: ['searchText'] } } satisfies FindOptions;

/** The row of a product's fields; its search text is written with them, whichever of them change. */
const toProductRow = ({ price, ...fields }: ProductFields) => ({
  ...fields,
  priceCents: price.minorUnits,
  searchText: searchTextOf(fields.name, fields.description),
});

@injectable()
export class SequelizeProductRepository implements ProductRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async findById(id: number): Promise<ProductWithCategory | null> {
    const row = await this.db.models.Product.findOne({
      where: { id, deletedAt: null },
      include: this.withCategory(),
      ...PLAIN_ROWS,
      ...this.db.scope(),
    });
    return row && toProductWithCategory(row as unknown as ProductRecord);
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

  async list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }> {
    const where = productFilters(this.db.sequelize, query);
    // Counted apart from the page: the count needs no join with the categories.
    const [rows, total] = await Promise.all([
      this.db.models.Product.findAll({
        where,
        include: this.withCategory(),
        order: this.sortOrder(query.sort),
        limit: query.pageSize,
        offset: offsetOf(query),
        ...PLAIN_ROWS,
        ...this.db.scope(),
      }),
      this.db.models.Product.count({ where, ...this.db.scope() }),
    ]);
    return { items: (rows as unknown as ProductRecord[]).map(toProductWithCategory), total };
  }

  async countLiveInCategory(categoryId: number): Promise<number> {
    return this.db.models.Product.count({ where: { categoryId, deletedAt: null }, ...this.db.scope() });
  }

  private withCategory() {
    return [{ model: this.db.models.Category, as: 'category', attributes: ['id', 'name'] }];
  }

  private sortOrder(sort: ProductListQuery['sort']): Order {
    const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
    const key = { name: fn('LOWER', col('Product.name')), price: 'priceCents', createdAt: 'createdAt' }[sort.field];
    return [
      [key, direction],
      ['id', direction],
    ] as Order;
  }
}
