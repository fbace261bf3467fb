import { describe, expect, it } from 'vitest';
import { createDiscountInput, listDiscountsInput, updateDiscountInput } from './schemas';

const valid = { code: 'save-10_x', kind: 'percent', value: 10 };
const refused = (change: Record<string, unknown>) => createDiscountInput.safeParse({ ...valid, ...change }).success === false;

describe('discount schemas', () => {
  it('fills the defaults, raises the code and drops unknown fields', () => {
    expect(createDiscountInput.parse({ ...valid, id: 9, timesUsed: 5 })).toEqual({
      code: 'SAVE-10_X',
      kind: 'percent',
      value: 10,
      minSubtotal: 0,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      active: true,
    });
  });

  it.each(['ab', 'x'.repeat(33), 'save 10', 'save!', 'straße', 'ıı-code'])('refuses the code %j', (code) => {
    expect(refused({ code })).toBe(true);
  });

  it('takes a money value above 0 with at most 2 decimals, up to 1,000,000', () => {
    for (const value of [0, -1, 0.001, 1_000_000.01, Number.POSITIVE_INFINITY]) expect(refused({ kind: 'fixed', value })).toBe(true);
    expect(createDiscountInput.parse({ ...valid, kind: 'fixed', value: 0.01 }).value).toBe(0.01);
    expect(refused({ kind: 'coupon' })).toBe(true);
  });

  it('does not coerce numbers or booleans', () => {
    for (const change of [{ value: '3' }, { minSubtotal: '3' }, { usageLimit: '3' }, { active: 'true' }]) {
      expect(refused(change)).toBe(true);
    }
  });

  it('takes positive whole limits or null', () => {
    for (const usageLimit of [0, 1.5, 1_000_000_001]) expect(refused({ usageLimit })).toBe(true);
    expect(createDiscountInput.parse({ ...valid, usageLimit: 1, perCustomerLimit: null })).toMatchObject({ usageLimit: 1 });
  });

  it('takes only ISO-8601 timestamps with a time zone, within what databases keep', () => {
    for (const startsAt of ['2026-01-01', '2026-01-01T00:00:00', '2026-02-30T00:00:00Z', 'tomorrow', '0999-01-01T00:00:00Z', '9999-12-31T23:00:00-05:00']) {
      expect(refused({ startsAt })).toBe(true);
    }
    expect(createDiscountInput.parse({ ...valid, startsAt: '2026-01-01T00:00:00.5+01:00' }).startsAt).toBe('2026-01-01T00:00:00.5+01:00');
  });

  it('takes any subset for an update, without filling defaults', () => {
    expect(updateDiscountInput.parse({})).toEqual({});
    expect(updateDiscountInput.parse({ code: 'new', startsAt: null })).toEqual({ code: 'NEW', startsAt: null });
  });

  it('reads the list query with an optional active filter', () => {
    expect(listDiscountsInput.parse(undefined)).toEqual({ page: 1, pageSize: 20 });
    expect(listDiscountsInput.parse({ active: false })).toEqual({ page: 1, pageSize: 20, active: false });
    expect(listDiscountsInput.safeParse({ active: 'yes' }).success).toBe(false);
  });
});
