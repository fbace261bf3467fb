import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aDiscount } from '../../../test/fixtures/discount-terms';
import { ConflictError, NotFoundError } from '../shared/errors';
import { Money } from '../shared/money';
import {
  type Discount,
  DiscountNotApplicableError,
  discountCodeTaken,
  discountInUse,
  discountNotFound,
  judgeDiscount,
  normalizeDiscountCode,
} from './discount';

const NOW = new Date('2026-06-01T12:00:00.000Z');

const discount = (overrides: Partial<Discount> = {}) => aDiscount(overrides, NOW);

const judge = (terms: Partial<Discount>, subtotal: Money | number = 100, customerUses: number | null = 0) =>
  judgeDiscount(discount(terms), {
    subtotal: typeof subtotal === 'number' ? Money.ofMajor(subtotal) : subtotal,
    now: NOW,
    customerUses,
  });

describe('judgeDiscount', () => {
  it('takes a percent of the subtotal, rounded half up to the cent', () => {
    expect(judge({}, 19.99)).toEqual({ applicable: true, reason: null, amount: Money.ofMajor(2) });
    expect(judge({ rule: { kind: 'percent', percent: 50 } }, 0.01).amount).toEqual(Money.ofMinor(1));
    expect(judge({ rule: { kind: 'percent', percent: 15 } }, 0.1).amount).toEqual(Money.ofMinor(2));
    expect(judge({ rule: { kind: 'percent', percent: 100 } }, 42.42).amount).toEqual(Money.ofMajor(42.42));
  });

  it('takes a fixed amount, but never more than the subtotal', () => {
    const fixed = { rule: { kind: 'fixed', amount: Money.ofMajor(5) } } as const;
    expect(judge(fixed, 30).amount).toEqual(Money.ofMajor(5));
    expect(judge(fixed, 3.5).amount).toEqual(Money.ofMajor(3.5));
    expect(judge(fixed, 0)).toEqual({ applicable: true, reason: null, amount: Money.zero });
  });

  it.each([
    ['INACTIVE', { active: false }],
    ['NOT_STARTED', { startsAt: new Date(NOW.getTime() + 1) }],
    ['EXPIRED', { endsAt: NOW }],
    ['USAGE_LIMIT_REACHED', { usageLimit: 3, timesUsed: 3 }],
    ['CUSTOMER_LIMIT_REACHED', { perCustomerLimit: 1 }],
    ['BELOW_MIN_SUBTOTAL', { minSubtotal: Money.ofMajor(100.01) }],
  ] as const)('answers %s with amount 0 when only that reason holds', (reason, terms) => {
    expect(judge(terms, 100, 1)).toEqual({ applicable: false, reason, amount: Money.zero });
  });

  it('applies on the bounds: from startsAt, before endsAt, below the limits, at the minimum subtotal', () => {
    const terms = {
      startsAt: NOW,
      endsAt: new Date(NOW.getTime() + 1),
      usageLimit: 3,
      timesUsed: 2,
      perCustomerLimit: 2,
      minSubtotal: Money.ofMajor(100),
    };
    expect(judge(terms, 100, 1)).toMatchObject({ applicable: true, reason: null });
  });

  it('answers the first reason that holds, in the documented order', () => {
    const all = {
      active: false,
      startsAt: new Date('2027-01-01T00:00:00Z'),
      endsAt: new Date('2026-01-01T00:00:00Z'),
      usageLimit: 1,
      timesUsed: 1,
      perCustomerLimit: 1,
      minSubtotal: Money.ofMajor(1000),
    };
    expect(judge(all, 10, 5).reason).toBe('INACTIVE');
    expect(judge({ ...all, active: true }, 10, 5).reason).toBe('NOT_STARTED');
    expect(judge({ ...all, active: true, startsAt: null }, 10, 5).reason).toBe('EXPIRED');
    expect(judge({ ...all, active: true, startsAt: null, endsAt: null }, 10, 5).reason).toBe('USAGE_LIMIT_REACHED');
    const withinUsage = { ...all, active: true, startsAt: null, endsAt: null, usageLimit: null };
    expect(judge(withinUsage, 10, 5).reason).toBe('CUSTOMER_LIMIT_REACHED');
    expect(judge(withinUsage, 10, null).reason).toBe('BELOW_MIN_SUBTOTAL');
  });

  it('never counts the uses of a guest against the per-customer limit', () => {
    expect(judge({ perCustomerLimit: 1 }, 100, null)).toMatchObject({ applicable: true });
  });

  it('takes exactly round-half-up(subtotal × percent / 100) cents, never more than the subtotal', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 100 }), (cents, percent) => {
        const { amount } = judge({ rule: { kind: 'percent', percent } }, Money.ofMinor(cents));
        const hundredths = BigInt(cents) * BigInt(percent);
        const expected = hundredths / 100n + (hundredths % 100n >= 50n ? 1n : 0n);
        expect(BigInt(amount.minorUnits)).toBe(expected);
        expect(amount.minorUnits).toBeLessThanOrEqual(cents);
      }),
    );
  });
});

describe('normalizeDiscountCode', () => {
  it('raises ASCII letters only', () => {
    expect(normalizeDiscountCode('summer-sale_2026')).toBe('SUMMER-SALE_2026');
    expect(normalizeDiscountCode('straße')).toBe('STRAßE');
  });
});

describe('discount errors', () => {
  it('carry their stable codes', () => {
    expect(discountNotFound()).toMatchObject({ constructor: NotFoundError, code: 'DISCOUNT_NOT_FOUND' });
    expect(discountCodeTaken()).toMatchObject({ constructor: ConflictError, code: 'DISCOUNT_CODE_TAKEN' });
    expect(discountInUse()).toMatchObject({ constructor: ConflictError, code: 'DISCOUNT_IN_USE' });
  });

  it('tell why a discount does not apply, as an extension member', () => {
    const error = new DiscountNotApplicableError('EXPIRED');
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'DISCOUNT_NOT_APPLICABLE', reason: 'EXPIRED', extensions: { reason: 'EXPIRED' } });
  });
});
