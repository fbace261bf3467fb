import type { Category } from '../../domain/catalog/category';

export interface CategoryView {
  id: number;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toCategoryView(category: Category): CategoryView {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    createdAt: category.createdAt.toISOString(),
    updatedAt: category.updatedAt.toISOString(),
  };
}
