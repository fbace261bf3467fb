import type { ProductWithCategory } from '../ports/product-repository';

export interface ProductView {
  id: number;
  name: string;
  description: string | null;
  /** In major units, at most 2 decimals. */
  price: number;
  quantity: number;
  categoryId: number;
  category: { id: number; name: string };
  imageUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

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
