import { ConflictError } from '../shared/errors';
import { Money } from '../shared/money';

export const CART_LINE_MAX_QUANTITY = 1_000_000;

/** A cart line with the product as it is now: its current price and stock. */
export interface CartLine {
  productId: number;
  quantity: number;
  product: { id: number; name: string; price: Money; imageUrl: string | null; quantity: number };
}

export class InsufficientStockError extends ConflictError {
  constructor(readonly productId: number) {
    super('INSUFFICIENT_STOCK', `Not enough stock of product ${productId}.`);
  }
}

/** A line may never ask for more than the stock on hand. */
export function assertInStock(productId: number, wanted: number, stock: number): void {
  if (wanted > stock) throw new InsufficientStockError(productId);
}

export function lineTotal(line: Pick<CartLine, 'quantity' | 'product'>): Money {
  return line.product.price.times(line.quantity);
}

export function cartTotals(lines: readonly CartLine[]): { totalQuantity: number; totalPrice: Money } {
  return {
    totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    totalPrice: Money.sum(lines.map(lineTotal)),
  };
}
