import { describe, expect, it } from 'vitest';
import { type CartLine, InsufficientStockError } from '../cart/cart';
import { Money } from '../shared/money';
import { CartEmptyError, orderFromCart } from './order';

const line = (productId: number, price: number, quantity: number, stock = 10): CartLine => ({
  productId,
  quantity,
  product: { id: productId, name: `Product ${productId}`, price: Money.ofMajor(price), imageUrl: null, quantity: stock },
});

describe('orderFromCart', () => {
  it('snapshots names and prices into a pending order with an exact total', () => {
    const order = orderFromCart(7, [line(3, 0.1, 3), line(1, 0.2, 1)], 'key-1');
    expect(order).toMatchObject({ userId: 7, status: 'pending', idempotencyKey: 'key-1' });
    expect(order.total.toMajor()).toBe(0.5);
    expect(order.items.map((item) => [item.productId, item.name, item.unitPrice.toMajor(), item.quantity, item.lineTotal.toMajor()])).toEqual([
      [1, 'Product 1', 0.2, 1, 0.2],
      [3, 'Product 3', 0.1, 3, 0.3],
    ]);
  });

  it('refuses an empty cart', () => {
    expect(() => orderFromCart(7, [], null)).toThrow(CartEmptyError);
  });

  it('refuses a line beyond the stock on hand', () => {
    expect(() => orderFromCart(7, [line(1, 1, 2), line(2, 1, 11, 10)], null)).toThrow(InsufficientStockError);
  });
});
