import { describe, expect, it } from 'vitest';
import { Money } from '../shared/money';
import { type CartLine, InsufficientStockError, assertInStock, lineTotal, priceChanged, totalQuantity } from './cart';

const line = (productId: number, price: number, quantity: number): CartLine => ({
  productId,
  quantity,
  addedPrice: Money.ofMajor(price),
  product: { id: productId, name: `P${productId}`, price: Money.ofMajor(price), imageUrl: null, quantity: 100 },
});

describe('totalQuantity', () => {
  it('adds up the quantities of the lines', () => {
    expect(totalQuantity([line(1, 0.1, 3), line(2, 5, 4)])).toBe(7);
    expect(totalQuantity([])).toBe(0);
  });
});

describe('lineTotal', () => {
  it('multiplies the current price by the quantity', () => {
    expect(lineTotal(line(1, 19.99, 3)).toMajor()).toBe(59.97);
  });
});

describe('priceChanged', () => {
  it('tells whether the current price differs from the price the line was added at', () => {
    const added = line(1, 19.99, 1);
    expect(priceChanged(added)).toBe(false);
    expect(priceChanged({ ...added, addedPrice: Money.ofMajor(21) })).toBe(true);
    expect(priceChanged({ ...added, addedPrice: Money.ofMajor(9.99) })).toBe(true);
  });
});

describe('assertInStock', () => {
  it('allows up to the stock on hand and refuses more', () => {
    expect(() => assertInStock(1, 5, 5)).not.toThrow();
    expect(() => assertInStock(1, 6, 5)).toThrow(InsufficientStockError);
  });
});
