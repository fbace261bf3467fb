import { type CartLine, assertInStock, lineTotal } from '../cart/cart';
import { ConflictError, ValidationError } from '../shared/errors';
import { Money } from '../shared/money';
import type { OrderStatus } from './order-status';

/** A line as it was when the order was placed: later price changes or deletion do not touch it. */
export interface OrderItem {
  productId: number;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface NewOrder {
  userId: number;
  status: OrderStatus;
  items: OrderItem[];
  total: Money;
  idempotencyKey: string | null;
}

export interface Order extends NewOrder {
  id: number;
  createdAt: Date;
  updatedAt: Date;
}

export class CartEmptyError extends ValidationError {
  constructor() {
    super([], 'CART_EMPTY', 'The cart is empty.');
  }
}

export const idempotencyKeyReused = () => new ConflictError('IDEMPOTENCY_KEY_REUSED', 'An order with this idempotency key exists.');

/**
 * Turns the cart into a pending order at the current prices. Items come sorted by product id,
 * the order in which stock is taken, so two checkouts never wait on each other in a cycle.
 */
export function orderFromCart(userId: number, lines: readonly CartLine[], idempotencyKey: string | null): NewOrder {
  if (lines.length === 0) throw new CartEmptyError();
  const items = [...lines]
    .sort((a, b) => a.productId - b.productId)
    .map((line) => {
      assertInStock(line.productId, line.quantity, line.product.quantity);
      return {
        productId: line.productId,
        name: line.product.name,
        unitPrice: line.product.price,
        quantity: line.quantity,
        lineTotal: lineTotal(line),
      };
    });
  return { userId, status: 'pending', items, total: Money.sum(items.map((item) => item.lineTotal)), idempotencyKey };
}
