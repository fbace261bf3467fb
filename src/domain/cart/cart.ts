import { ConflictError, NotFoundError } from '../shared/errors';
import type { Money } from '../shared/money';

export const CART_LINE_MAX_QUANTITY = 1_000_000;

/** A cart line with the product as it is now: its current price and stock. */
export interface CartLine {
  productId: number;
  quantity: number;
  /** The product's price when the line was last added to or set. */
  addedPrice: Money;
  product: { id: number; name: string; price: Money; imageUrl: string | null; quantity: number };
}

export class InsufficientStockError extends ConflictError {
  constructor(readonly productId: number) {
    super('INSUFFICIENT_STOCK', `Not enough stock of product ${productId}.`);
  }
}

export const cartNotFound = () => new NotFoundError('Cart', 'CART_NOT_FOUND');

/** A line may never ask for more than the stock on hand. */
export function assertInStock(productId: number, wanted: number, stock: number): void {
  if (wanted > stock) throw new InsufficientStockError(productId);
}

/** Whether the price moved since the customer put the line in the cart. */
export const priceChanged = (line: Pick<CartLine, 'addedPrice' | 'product'>): boolean =>
  !line.addedPrice.equals(line.product.price);

export function lineTotal(line: Pick<CartLine, 'quantity' | 'product'>): Money {
  return line.product.price.times(line.quantity);
}

export const totalQuantity = (lines: readonly CartLine[]): number => lines.reduce((sum, line) => sum + line.quantity, 0);
