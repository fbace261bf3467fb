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

  it('subtracts and compares exactly', () => {
    expect(Money.ofMajor(0.3).minus(Money.ofMajor(0.1)).toMajor()).toBe(0.2);
    expect(Money.ofMajor(0.1).plus(Money.ofMajor(0.2)).equals(Money.ofMajor(0.3))).toBe(true);
    expect(Money.ofMajor(0.3).equals(Money.ofMajor(0.31))).toBe(false);
  });

  it('rejects more than two decimals and non-finite amounts', () => {
    for (const major of [19.999, 0.001, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(hasAtMostTwoDecimals(major)).toBe(false);
      expect(() => Money.ofMajor(major)).toThrow(ValidationError);
    }
  });

  it('takes a percentage rounded half up to the cent', () => {
    expect(Money.ofMajor(0.01).percentage(50).minorUnits).toBe(1);
    expect(Money.ofMajor(0.01).percentage(49).minorUnits).toBe(0);
    expect(Money.ofMajor(19.99).percentage(15).toMajor()).toBe(3);
    expect(Money.ofMajor(10).percentage(100).toMajor()).toBe(10);
    expect(Money.ofMajor(10).percentage(0)).toEqual(Money.zero);
  });

  it('stays exact for amounts whose product with the percent passes 2^53', () => {
    const large = Money.ofMinor(Number.MAX_SAFE_INTEGER);
    expect(large.percentage(100)).toEqual(large);
    expect(large.percentage(50).minorUnits).toBe(4_503_599_627_370_496);
  });

  it('refuses a percentage that is not an integer from 0 to 100, or of a negative amount', () => {
    for (const percent of [-1, 101, 1.5, Number.NaN]) {
      expect(() => Money.ofMajor(10).percentage(percent)).toThrow(RangeError);
    }
    expect(() => Money.ofMinor(-1).percentage(10)).toThrow(RangeError);
  });

  it('refuses fractional minor units', () => {
    expect(() => Money.ofMinor(1.5)).toThrow(RangeError);
  });
});
