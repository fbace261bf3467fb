import { ValidationError } from './errors';

const MINOR_UNITS_PER_MAJOR = 100;

/** True for a finite amount in major units with at most two decimals (19.99, 5, 0.1). */
export function hasAtMostTwoDecimals(major: number): boolean {
  if (!Number.isFinite(major)) return false;
  // Dividing an integer by 100 gives the double nearest to the decimal, as parsing "19.99" does.
  return Math.round(major * MINOR_UNITS_PER_MAJOR) / MINOR_UNITS_PER_MAJOR === major;
}

/** An exact amount of money, held as an integer number of minor units (cents). */
export class Money {
  static readonly zero = new Money(0);

  private constructor(readonly minorUnits: number) {}

  static ofMinor(minorUnits: number): Money {
    if (!Number.isSafeInteger(minorUnits)) {
      throw new RangeError(`Money needs a whole number of minor units, got ${minorUnits}`);
    }
    return new Money(minorUnits);
  }

  static ofMajor(major: number, path = 'price'): Money {
    if (!hasAtMostTwoDecimals(major)) {
      throw ValidationError.field(path, 'Must be a number with at most 2 decimals.');
    }
    return new Money(Math.round(major * MINOR_UNITS_PER_MAJOR));
  }

  plus(other: Money): Money {
    return Money.ofMinor(this.minorUnits + other.minorUnits);
  }

  minus(other: Money): Money {
    return Money.ofMinor(this.minorUnits - other.minorUnits);
  }

  equals(other: Money): boolean {
    return this.minorUnits === other.minorUnits;
  }

  times(quantity: number): Money {
    return Money.ofMinor(this.minorUnits * quantity);
  }

  /**
   * `percent` per cent of this amount, rounded half up to the minor unit: 50% of 0.01 is 0.01,
   * 49% of it 0.00. Worked in BigInt, never in floating point, as the product may pass 2^53.
   */
  percentage(percent: number): Money {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100 || this.isNegative()) {
      throw new RangeError(`A percentage takes an integer from 0 to 100 of a non-negative amount, got ${percent}% of ${this.minorUnits}`);
    }
    const hundredths = BigInt(this.minorUnits) * BigInt(percent);
    return Money.ofMinor(Number((hundredths + 50n) / 100n));
  }

  isNegative(): boolean {
    return this.minorUnits < 0;
  }

  greaterThan(other: Money): boolean {
    return this.minorUnits > other.minorUnits;
  }

  toMajor(): number {
    return this.minorUnits / MINOR_UNITS_PER_MAJOR;
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = Money.zero;
    for (const amount of amounts) total = total.plus(amount);
    return total;
  }
}
