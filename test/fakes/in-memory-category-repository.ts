import type { CategoryListQuery, CategoryRepository } from '../../src/application/ports/category-repository';
import type { Clock } from '../../src/application/ports/clock';
import { offsetOf } from '../../src/application/shared/pagination';
import { type Category, categoryNameTaken, type CategoryFields, categoryNameKey } from '../../src/domain/catalog/category';
import { SystemClock } from '../../src/infrastructure/system-clock';

export class InMemoryCategoryRepository implements CategoryRepository {
  private readonly categories = new Map<number, Category>();
  private nextId = 1;

  constructor(private readonly clock: Clock = new SystemClock()) {}

  async findById(id: number): Promise<Category | null> {
    const category = this.categories.get(id);
    return category ? copy(category) : null;
  }

  async lock(id: number): Promise<Category | null> {
    return this.findById(id);
  }

  async create(fields: CategoryFields): Promise<Category> {
    this.assertNameFree(fields.name, null);
    const now = this.clock.now();
    const category = { ...fields, id: this.nextId++, createdAt: now, updatedAt: now };
    this.categories.set(category.id, category);
    return copy(category);
  }

  async update(id: number, fields: CategoryFields): Promise<Category | null> {
    const current = this.categories.get(id);
    if (!current) return null;
    this.assertNameFree(fields.name, id);
    const category = { ...current, ...fields, updatedAt: this.clock.now() };
    this.categories.set(id, category);
    return copy(category);
  }

  async delete(id: number): Promise<void> {
    this.categories.delete(id);
  }

  async list(query: CategoryListQuery): Promise<{ items: Category[]; total: number }> {
    const sorted = [...this.categories.values()].sort(
      (a, b) => compare(categoryNameKey(a.name), categoryNameKey(b.name)) || a.id - b.id,
    );
    const start = offsetOf(query);
    return { items: sorted.slice(start, start + query.pageSize).map(copy), total: sorted.length };
  }

  private assertNameFree(name: string, exceptId: number | null): void {
    const key = categoryNameKey(name);
    for (const category of this.categories.values()) {
      if (category.id !== exceptId && categoryNameKey(category.name) === key) {
        throw categoryNameTaken();
      }
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copy(category: Category): Category {
  return { ...category, createdAt: new Date(category.createdAt), updatedAt: new Date(category.updatedAt) };
}
