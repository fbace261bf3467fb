import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aDiscount } from '../../../test/fixtures/discount-terms';
import type { Discount } from '../discounts/discount';
import { Money } from '../shared/money';
import type { CartLine } from './cart';
import { priceCart } from './cart-pricing';

const NOW = new Date('2030-01-01T00:00:00Z');
const occasion = { now: NOW, customerUses: null };

const line = (productId: number, priceCents: number, quantity: number): CartLine => ({
  productId,
  quantity,
  addedPrice: Money.ofMinor(priceCents),
  product: { id: productId, name: `P${productId}`, price: Money.ofMinor(priceCents), imageUrl: null, quantity: 1_000_000 },
});

const discount = (rule: Discount['rule'], overrides: Partial<Discount> = {}) => aDiscount({ code: 'CODE', rule, ...overrides });

describe('priceCart', () => {
  it('sums exactly: three lines at 0.10 and one at 0.20 make 0.50', () => {
    const price = priceCart([line(1, 10, 1), line(2, 10, 1), line(3, 10, 1), line(4, 20, 1)], null, occasion);
    expect(price).toEqual({ subtotal: Money.ofMinor(50), discount: null, total: Money.ofMinor(50) });
  });

  it('takes a fixed discount off, but never more than the subtotal', () => {
    expect(priceCart([line(1, 1000, 1)], discount({ kind: 'fixed', amount: Money.ofMinor(250) }), occasion).total).toEqual(Money.ofMinor(750));
    expect(priceCart([line(1, 1000, 1)], discount({ kind: 'fixed', amount: Money.ofMinor(5000) }), occasion).total).toEqual(Money.zero);
  });

  it('keeps a code that does not apply, with its reason, and charges the subtotal', () => {
    const price = priceCart([line(1, 1000, 1)], discount({ kind: 'percent', percent: 10 }, { minSubtotal: Money.ofMinor(2000) }), occasion);
    expect(price.discount?.judgement).toEqual({ applicable: false, reason: 'BELOW_MIN_SUBTOTAL', amount: Money.zero });
    expect(price.total).toEqual(Money.ofMinor(1000));
  });

  it('totals random carts and codes exactly as an independent computation in integer cents', () => {
    const lines = fc.array(
      fc.record({ priceCents: fc.integer({ min: 0, max: 100_000_000 }), quantity: fc.integer({ min: 1, max: 1_000_000 }) }),
      { maxLength: 20 },
    );
    const rule = fc.oneof(
      fc.record({ kind: fc.constant('percent' as const), percent: fc.integer({ min: 1, max: 100 }) }),
      fc.record({ kind: fc.constant('fixed' as const), cents: fc.integer({ min: 1, max: 100_000_000 }) }),
    );
    fc.assert(
      fc.property(lines, fc.option(rule), (drawn, drawnRule) => {
        const cart = drawn.map(({ priceCents, quantity }, index) => line(index + 1, priceCents, quantity));
        const code =
          drawnRule &&
          discount(drawnRule.kind === 'percent' ? drawnRule : { kind: 'fixed', amount: Money.ofMinor(drawnRule.cents) });

        const subtotal = drawn.reduce((sum, { priceCents, quantity }) => sum + BigInt(priceCents) * BigInt(quantity), 0n);
        let off = 0n;
        if (drawnRule?.kind === 'percent') off = (subtotal * BigInt(drawnRule.percent) + 50n) / 100n;
        if (drawnRule?.kind === 'fixed') off = BigInt(drawnRule.cents) < subtotal ? BigInt(drawnRule.cents) : subtotal;

        const price = priceCart(cart, code, occasion);
        expect(BigInt(price.subtotal.minorUnits)).toBe(subtotal);
        expect(BigInt(price.total.minorUnits)).toBe(subtotal - off);
      }),
    );
  });
});
