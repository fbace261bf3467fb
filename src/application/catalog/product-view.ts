import { z } from 'zod';
import type { ProductWithCategory } from '../ports/product-repository';
import { id } from '../shared/ids';
import { count, money, timestamp } from '../shared/view-fields';

export const productView = z
  .object({
    id,
    name: z.string(),
    description: z.string().nullable(),
    price: money,
    quantity: count.meta({ description: 'The stock on hand.' }),
    categoryId: id,
    category: z.object({ id: id, name: z.string() }),
    imageUrl: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Product' });
export type ProductView = z.infer<typeof productView>;

export function toProductView(product: ProductWithCategory): ProductView {
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    price: product.price.toMajor(),
    quantity: product.quantity,
    categoryId: product.categoryId,
    category: { id: product.category.id, name: product.category.name },
    imageUrl: product.imageUrl,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
