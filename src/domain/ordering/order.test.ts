import { describe, expect, it } from 'vitest';
import { type CartLine, InsufficientStockError } from '../cart/cart';
import { Money } from '../shared/money';
import { aDiscount } from '../../../test/fixtures/discount-terms';
import type { Discount } from '../discounts/discount';
import { CartEmptyError, type Checkout, orderFromCart, priceChanged } from './order';

const line = (productId: number, price: number, quantity: number, stock = 10): CartLine => ({
  productId,
  quantity,
  addedPrice: Money.ofMajor(price),
  product: { id: productId, name: `Product ${productId}`, price: Money.ofMajor(price), imageUrl: null, quantity: stock },
});

const NOW = new Date('2030-01-01T00:00:00Z');

const percentOff = (percent: number, overrides: Partial<Discount> = {}) =>
  aDiscount({ id: 4, code: 'SAVE', rule: { kind: 'percent', percent }, ...overrides });

const checkout = (lines: CartLine[], more: Partial<Checkout> = {}): Checkout => ({
  userId: 7,
  lines,
  discount: null,
  customerUses: 0,
  now: NOW,
  shippingAddress: null,
  idempotencyKey: null,
  ...more,
});

describe('orderFromCart', () => {
  it('snapshots names and prices into a pending order with an exact total', () => {
    const order = orderFromCart(checkout([line(3, 0.1, 3), line(1, 0.2, 1)], { idempotencyKey: 'key-1' }));
    expect(order).toMatchObject({ userId: 7, status: 'pending', idempotencyKey: 'key-1', discount: null, shippingAddress: null });
    expect([order.subtotal.toMajor(), order.total.toMajor()]).toEqual([0.5, 0.5]);
    expect(order.items.map((item) => [item.productId, item.name, item.unitPrice.toMajor(), item.quantity, item.lineTotal.toMajor()])).toEqual([
      [1, 'Product 1', 0.2, 1, 0.2],
      [3, 'Product 3', 0.1, 3, 0.3],
    ]);
  });

  it('refuses an empty cart', () => {
    expect(() => orderFromCart(checkout([]))).toThrow(CartEmptyError);
  });

  it('refuses a line beyond the stock on hand', () => {
    expect(() => orderFromCart(checkout([line(1, 1, 2), line(2, 1, 11, 10)]))).toThrow(InsufficientStockError);
  });

  it('takes the discount off the subtotal and keeps its code and amount', () => {
    const order = orderFromCart(checkout([line(1, 33.33, 1)], { discount: percentOff(15) }));
    expect(order.subtotal.toMajor()).toBe(33.33);
    expect(order.discount).toEqual({ id: 4, code: 'SAVE', amount: Money.ofMinor(500) });
    expect(order.total.toMajor()).toBe(28.33);
  });

  it('refuses a discount that does not apply, saying why', () => {
    const spent = percentOff(10, { perCustomerLimit: 1 });
    expect(() => orderFromCart(checkout([line(1, 5, 1)], { discount: spent, customerUses: 1 }))).toThrow(
      expect.objectContaining({ code: 'DISCOUNT_NOT_APPLICABLE', reason: 'CUSTOMER_LIMIT_REACHED' }),
    );
  });

  it('keeps the shipping address it is given', () => {
    const address = { name: 'A', line1: 'L', line2: null, city: 'C', region: null, postalCode: '1', country: 'DE', phone: null };
    expect(orderFromCart(checkout([line(1, 5, 1)], { shippingAddress: address })).shippingAddress).toEqual(address);
  });
});

describe('priceChanged', () => {
  it('tells both totals as members of the problem', () => {
    expect(priceChanged(Money.ofMajor(10), Money.ofMajor(12.5))).toMatchObject({
      code: 'PRICE_CHANGED',
      extensions: { expectedTotalPrice: 10, totalPrice: 12.5 },
    });
  });
});
