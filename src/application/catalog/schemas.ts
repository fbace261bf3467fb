import { z } from 'zod';
import { id } from '../shared/ids';
import { CATEGORY_NAME_MAX_LENGTH } from '../../domain/catalog/category';
import {
  IMAGE_URL_MAX_LENGTH,
  PRICE_MAX,
  PRODUCT_NAME_MAX_LENGTH,
  QUANTITY_MAX,
} from '../../domain/catalog/product';
import { DESCRIPTION_MAX_LENGTH } from '../../domain/catalog/text';
import { moneyInput } from '../shared/money-input';
import { pagination } from '../shared/pagination';
import { text } from '../shared/text';

const SEARCH_MAX_LENGTH = 200;

const price = moneyInput({ max: PRICE_MAX });
const description = text({ max: DESCRIPTION_MAX_LENGTH }).nullish();

export const createProductInput = z.object({
  name: text({ min: 1, max: PRODUCT_NAME_MAX_LENGTH }),
  price,
  quantity: z.number().int().min(0).max(QUANTITY_MAX),
  categoryId: id,
  description,
  imageUrl: z.url({ protocol: /^https?$/ }).max(IMAGE_URL_MAX_LENGTH).nullish(),
});
export type CreateProductInput = z.output<typeof createProductInput>;

/** Any subset of the create fields; the product's id comes from the path (or `idInput`). */
export const updateProductInput = createProductInput.partial();
export type UpdateProductInput = z.output<typeof updateProductInput>;

export const PRODUCT_SORTS = ['name', '-name', 'price', '-price', 'createdAt', '-createdAt'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const listProductsInput = z.object({
  ...pagination,
  categoryId: id.optional(),
  q: text({ max: SEARCH_MAX_LENGTH }).optional(),
  minPrice: price.optional(),
  maxPrice: price.optional(),
  inStock: z.boolean().optional(),
  sort: z.enum(PRODUCT_SORTS).default('-createdAt'),
}).prefault({});
export type ListProductsInput = z.output<typeof listProductsInput>;

export const createCategoryInput = z.object({
  name: text({ min: 1, max: CATEGORY_NAME_MAX_LENGTH }),
  description,
});
export type CreateCategoryInput = z.output<typeof createCategoryInput>;

export const updateCategoryInput = createCategoryInput.partial();
export type UpdateCategoryInput = z.output<typeof updateCategoryInput>;

export const listCategoriesInput = z.object(pagination).prefault({});
export type ListCategoriesInput = z.output<typeof listCategoriesInput>;
