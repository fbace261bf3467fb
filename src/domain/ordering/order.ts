import type { AddressFields } from '../addresses/address';
import { type CartLine, assertInStock, lineTotal } from '../cart/cart';
import { priceCart } from '../cart/cart-pricing';
import { type Discount, DiscountNotApplicableError } from '../discounts/discount';
import { ConflictError, ValidationError } from '../shared/errors';
import type { Money } from '../shared/money';
import type { OrderStatus } from './order-status';

/** A line as it was when the order was placed: later price changes or deletion do not touch it. */
export interface OrderItem {
  productId: number;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

/** The discount an order was priced with, as it was then. */
export interface OrderDiscount {
  id: number;
  code: string;
  amount: Money;
}

export interface NewOrder {
  userId: number;
  status: OrderStatus;
  items: OrderItem[];
  subtotal: Money;
  discount: OrderDiscount | null;
  /** The subtotal less the discount. */
  total: Money;
  /** Where it ships, as the address was at checkout; later edits of the address book do not touch it. */
  shippingAddress: AddressFields | null;
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

export interface Checkout {
  userId: number;
  lines: readonly CartLine[];
  /** The code on the cart, judged for this customer now. */
  discount: Discount | null;
  customerUses: number | null;
  now: Date;
  shippingAddress: AddressFields | null;
  idempotencyKey: string | null;
}

/**
 * Turns the cart into a pending order at the current prices, with its code's discount. Items come
 * sorted by product id, the order in which stock is taken, so two checkouts never wait on each
 * other in a cycle.
 */
export function orderFromCart(checkout: Checkout): NewOrder {
  const { userId, lines, discount, now, customerUses, shippingAddress, idempotencyKey } = checkout;
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
  const price = priceCart(lines, discount, { now, customerUses });
  const applied = price.discount;
  if (applied && !applied.judgement.applicable) throw new DiscountNotApplicableError(applied.judgement.reason!);
  return {
    userId,
    status: 'pending',
    items,
    subtotal: price.subtotal,
    discount: applied && { id: applied.discount.id, code: applied.discount.code, amount: applied.judgement.amount },
    total: price.total,
    shippingAddress,
    idempotencyKey,
  };
}

/** The answer when the total at checkout is not the one the customer saw. */
export const priceChanged = (expected: Money, total: Money) =>
  new ConflictError('PRICE_CHANGED', `The total is ${total.toMajor()} now, not ${expected.toMajor()}.`, {
    expectedTotalPrice: expected.toMajor(),
    totalPrice: total.toMajor(),
  });
