import { describe, expect, it } from 'vitest';
import { Money } from '../shared/money';
import { type CartLine, InsufficientStockError, assertInStock, cartTotals, lineTotal } from './cart';

const line = (productId: number, price: number, quantity: number): CartLine => ({
  productId,
  quantity,
  product: { id: productId, name: `P${productId}`, price: Money.ofMajor(price), imageUrl: null, quantity: 100 },
});

describe('cart totals', () => {
  it('are exact: three lines at 0.10 and one at 0.20 make 0.50', () => {
    const totals = cartTotals([line(1, 0.1, 1), line(2, 0.1, 1), line(3, 0.1, 1), line(4, 0.2, 1)]);
    expect(totals.totalPrice.toMajor()).toBe(0.5);
    expect(totals.totalQuantity).toBe(4);
  });

  it('multiply the current price by the quantity for each line', () => {
    expect(lineTotal(line(1, 19.99, 3)).toMajor()).toBe(59.97);
    expect(cartTotals([line(1, 19.99, 3), line(2, 0.01, 7)]).totalPrice.toMajor()).toBe(60.04);
  });

  it('are zero for an empty cart', () => {
    expect(cartTotals([])).toEqual({ totalQuantity: 0, totalPrice: Money.zero });
  });
});

describe('assertInStock', () => {
  it('allows up to the stock on hand and refuses more', () => {
    expect(() => assertInStock(1, 5, 5)).not.toThrow();
    expect(() => assertInStock(1, 6, 5)).toThrow(InsufficientStockError);
  });
});
