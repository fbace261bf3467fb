import { inject, injectable } from 'tsyringe';
import type { CategoryListQuery, CategoryRepository } from '../../../application/ports/category-repository';
import { type Category, categoryNameTaken, type CategoryFields, categoryNameKey } from '../../../domain/catalog/category';
import { offsetOf } from '../../../application/shared/pagination';
import { Database } from '../database';
import { isUniqueViolation } from '../driver-errors';
import type { CategoryRow } from '../models/category-model';

const toCategory = ({ id, name, description, createdAt, updatedAt }: CategoryRow): Category => ({
  id,
  name,
  description,
  createdAt,
  updatedAt,
});


@injectable()
export class SequelizeCategoryRepository implements CategoryRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async findById(id: number): Promise<Category | null> {
    const row = await this.db.models.Category.findByPk(id, this.db.scope());
    return row && toCategory(row);
  }

  async lock(id: number): Promise<Category | null> {
    const row = await this.db.models.Category.findByPk(id, this.db.scope(true));
    return row && toCategory(row);
  }

  async create(category: CategoryFields): Promise<Category> {
    try {
      const row = await this.db.models.Category.create(
        { ...category, nameKey: categoryNameKey(category.name) },
        this.db.scope(),
      );
      return toCategory(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw categoryNameTaken();
      throw error;
    }
  }

  async update(id: number, category: CategoryFields): Promise<Category | null> {
    const row = await this.db.models.Category.findByPk(id, this.db.scope());
    if (!row) return null;
    try {
      await row.update({ ...category, nameKey: categoryNameKey(category.name) }, this.db.scope());
    } catch (error) {
      if (isUniqueViolation(error)) throw categoryNameTaken();
      throw error;
    }
    return toCategory(row);
  }

  async delete(id: number): Promise<void> {
    await this.db.models.Category.destroy({ where: { id }, ...this.db.scope() });
  }

  async list(query: CategoryListQuery): Promise<{ items: Category[]; total: number }> {
    const { rows, count } = await this.db.models.Category.findAndCountAll({
      order: [
        ['nameKey', 'ASC'],
        ['id', 'ASC'],
      ],
      limit: query.pageSize,
      offset: offsetOf(query),
      ...this.db.scope(),
    });
    return { items: rows.map(toCategory), total: count };
  }
}
