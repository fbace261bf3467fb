import { ConflictError, ValidationError } from '../shared/errors';
import { Money } from '../shared/money';
import { optionalDescription, requiredName } from './text';

export const PRODUCT_NAME_MAX_LENGTH = 200;
export const PRICE_MAX = Money.ofMajor(1_000_000);
export const QUANTITY_MAX = 1_000_000;
export const IMAGE_URL_MAX_LENGTH = 2048;

export interface Product {
  id: number;
  name: string;
  description: string | null;
  price: Money;
  /** Stock on hand. */
  quantity: number;
  categoryId: number;
  imageUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin decides about a product; the store assigns the id and the timestamps. */
export type ProductFields = Omit<Product, 'id' | 'createdAt' | 'updatedAt'>;

export type ProductDraft = Omit<ProductFields, 'description' | 'imageUrl'> & {
  description?: string | null;
  imageUrl?: string | null;
};

export function newProduct(draft: ProductDraft): ProductFields {
  return {
    name: requiredName(draft.name, PRODUCT_NAME_MAX_LENGTH),
    description: optionalDescription(draft.description),
    price: checkedPrice(draft.price),
    quantity: checkedQuantity(draft.quantity),
    categoryId: checkedCategoryId(draft.categoryId),
    imageUrl: checkedImageUrl(draft.imageUrl ?? null),
  };
}

/**
 * Applies the given changes; a missing (undefined) field keeps its value, null clears it. Only
 * the fields that change are judged: an update never fails on a field it does not touch.
 */
export function changeProduct(product: ProductFields, changes: Partial<ProductDraft>): ProductFields {
  const changed = <T, C>(change: C | undefined, current: T, check: (value: C) => T): T =>
    change === undefined ? current : check(change);
  return {
    name: changed(changes.name, product.name, (name) => requiredName(name, PRODUCT_NAME_MAX_LENGTH)),
    description: changed(changes.description, product.description, optionalDescription),
    price: changed(changes.price, product.price, checkedPrice),
    quantity: changed(changes.quantity, product.quantity, checkedQuantity),
    categoryId: changed(changes.categoryId, product.categoryId, checkedCategoryId),
    imageUrl: changed(changes.imageUrl, product.imageUrl, checkedImageUrl),
  };
}

/** Putting `units` back would take the stock on hand past what a product may hold. */
export const stockLimitReached = (productId: number) =>
  new ConflictError('STOCK_LIMIT_REACHED', `Putting the stock back would take product ${productId} past ${QUANTITY_MAX} on hand.`);

function checkedPrice(price: Money): Money {
  if (price.isNegative() || price.greaterThan(PRICE_MAX)) {
    throw ValidationError.field('price', `Must be from 0 to ${PRICE_MAX.toMajor()}.`);
  }
  return price;
}

function checkedQuantity(quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > QUANTITY_MAX) {
    throw ValidationError.field('quantity', `Must be a whole number from 0 to ${QUANTITY_MAX}.`);
  }
  return quantity;
}

function checkedCategoryId(categoryId: number): number {
  if (!Number.isSafeInteger(categoryId) || categoryId < 1) {
    throw ValidationError.field('categoryId', 'Must be a positive integer.');
  }
  return categoryId;
}

function checkedImageUrl(raw: string | null): string | null {
  if (raw === null) return null;
  const url = raw.trim();
  // The URL parser alone would also accept "http:example.com" and fill in the slashes.
  const valid =
    url.length <= IMAGE_URL_MAX_LENGTH && /^https?:\/\/[^\s/?#]+/i.test(url) && URL.canParse(url);
  if (!valid) throw ValidationError.field('imageUrl', 'Must be an absolute http(s) URL.');
  return url;
}
