import { z } from 'zod';
import type { Category } from '../../domain/catalog/category';
import { id } from '../shared/ids';
import { timestamp } from '../shared/view-fields';

export const categoryView = z
  .object({ id: id, name: z.string(), description: z.string().nullable(), createdAt: timestamp, updatedAt: timestamp })
  .meta({ id: 'Category' });
export type CategoryView = z.infer<typeof categoryView>;

export function toCategoryView(category: Category): CategoryView {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    createdAt: category.createdAt.toISOString(),
    updatedAt: category.updatedAt.toISOString(),
  };
}
