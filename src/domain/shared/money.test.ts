import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { Money, hasAtMostTwoDecimals } from './money';

describe('Money', () => {
  it('sums three items at 0.10 and one at 0.20 to exactly 0.5', () => {
    const total = Money.sum([0.1, 0.1, 0.1, 0.2].map((major) => Money.ofMajor(major)));
    expect(total.toMajor()).toBe(0.5);
    expect(total.minorUnits).toBe(50);
  });

  it('keeps two-decimal amounts exact through minor units', () => {
    for (const major of [19.99, 0.01, 1_000_000, 123456.78, 0.29, 4.35]) {
      expect(Money.ofMajor(major).toMajor()).toBe(major);
    }
    expect(Money.ofMajor(19.99).minorUnits).toBe(1999);
  });

  it('multiplies by a quantity exactly', () => {
    expect(Money.ofMajor(0.1).times(3).toMajor()).toBe(0.3);
  });

  it('rejects more than two decimals and non-finite amounts', () => {
    for (const major of [19.999, 0.001, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(hasAtMostTwoDecimals(major)).toBe(false);
      expect(() => Money.ofMajor(major)).toThrow(ValidationError);
    }
  });

  it('refuses fractional minor units', () => {
    expect(() => Money.ofMinor(1.5)).toThrow(RangeError);
  });
});
