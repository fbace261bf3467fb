import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { Money } from '../shared/money';
import { type DiscountDraft, changeDiscount, draftOf, newDiscount, ruleValue } from './discount-draft';

const draft = (overrides: Partial<DiscountDraft> = {}): DiscountDraft => ({
  code: 'save10',
  kind: 'percent',
  value: 10,
  minSubtotal: Money.zero,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  perCustomerLimit: null,
  active: true,
  ...overrides,
});

const expectInvalid = (attempt: () => unknown, path: string) =>
  expect(attempt).toThrow(expect.objectContaining({ constructor: ValidationError, errors: [{ path, message: expect.any(String) }] }));

describe('newDiscount', () => {
  it('raises the code and turns kind and value into a rule', () => {
    expect(newDiscount(draft())).toMatchObject({ code: 'SAVE10', rule: { kind: 'percent', percent: 10 } });
    expect(newDiscount(draft({ kind: 'fixed', value: 12.5 })).rule).toEqual({ kind: 'fixed', amount: Money.ofMajor(12.5) });
  });

  it.each(['ab', 'x'.repeat(33), 'SAVE 10', 'SAVE!', 'straße', ''])('refuses the code %j', (code) => {
    expectInvalid(() => newDiscount(draft({ code })), 'code');
  });

  it.each([0, 101, 1.5, -5])('refuses a percent of %d', (value) => {
    expectInvalid(() => newDiscount(draft({ value })), 'value');
  });

  it.each([0, -1, 0.001, 1_000_000.01])('refuses a fixed amount of %d', (value) => {
    expectInvalid(() => newDiscount(draft({ kind: 'fixed', value })), 'value');
  });

  it('takes the bounds of both kinds', () => {
    expect(newDiscount(draft({ value: 1 })).rule).toEqual({ kind: 'percent', percent: 1 });
    expect(newDiscount(draft({ value: 100 })).rule).toEqual({ kind: 'percent', percent: 100 });
    expect(newDiscount(draft({ kind: 'fixed', value: 0.01 })).rule).toEqual({ kind: 'fixed', amount: Money.ofMinor(1) });
    expect(newDiscount(draft({ kind: 'fixed', value: 1_000_000 })).rule).toMatchObject({ kind: 'fixed' });
  });

  it('refuses a negative or excessive minimum subtotal', () => {
    expectInvalid(() => newDiscount(draft({ minSubtotal: Money.ofMinor(-1) })), 'minSubtotal');
    expectInvalid(() => newDiscount(draft({ minSubtotal: Money.ofMajor(1_000_000.01) })), 'minSubtotal');
  });

  it('wants the end after the start', () => {
    const startsAt = new Date('2026-01-01T00:00:00Z');
    expectInvalid(() => newDiscount(draft({ startsAt, endsAt: startsAt })), 'endsAt');
    expectInvalid(() => newDiscount(draft({ startsAt, endsAt: new Date('2025-12-31T00:00:00Z') })), 'endsAt');
    const endsAt = new Date('2026-01-01T00:00:00.001Z');
    expect(newDiscount(draft({ startsAt, endsAt }))).toMatchObject({ startsAt, endsAt });
    expect(newDiscount(draft({ endsAt }))).toMatchObject({ startsAt: null, endsAt });
  });

  it.each(['usageLimit', 'perCustomerLimit'] as const)('takes %s as a positive whole number or null', (field) => {
    expect(newDiscount(draft({ [field]: 1 }))[field]).toBe(1);
    expect(newDiscount(draft({ [field]: null }))[field]).toBeNull();
    for (const limit of [0, -1, 2.5, 1_000_000_001]) expectInvalid(() => newDiscount(draft({ [field]: limit })), field);
  });
});

describe('changeDiscount', () => {
  const current = newDiscount(draft({ kind: 'fixed', value: 15, usageLimit: 5 }));

  it('keeps what is not given and clears what is given as null', () => {
    expect(changeDiscount(current, { active: false, usageLimit: null, startsAt: undefined })).toEqual({
      ...current,
      active: false,
      usageLimit: null,
    });
  });

  it('judges the merged discount: a new kind must suit the value it keeps', () => {
    expect(changeDiscount(current, { kind: 'percent' }).rule).toEqual({ kind: 'percent', percent: 15 });
    const pricey = newDiscount(draft({ kind: 'fixed', value: 150 }));
    expectInvalid(() => changeDiscount(pricey, { kind: 'percent' }), 'value');
    expectInvalid(() => changeDiscount(current, { kind: 'percent', value: 150 }), 'value');
  });

  it('judges a new start against the end it keeps', () => {
    const dated = newDiscount(draft({ endsAt: new Date('2026-01-01T00:00:00Z') }));
    expectInvalid(() => changeDiscount(dated, { startsAt: new Date('2026-02-01T00:00:00Z') }), 'endsAt');
  });
});

describe('draftOf and ruleValue', () => {
  it('give back the value as written: the percent, or the amount in major units', () => {
    expect(ruleValue({ kind: 'percent', percent: 25 })).toBe(25);
    expect(ruleValue({ kind: 'fixed', amount: Money.ofMinor(1999) })).toBe(19.99);
    const discount = newDiscount(draft({ kind: 'fixed', value: 0.1, minSubtotal: Money.ofMajor(20) }));
    expect(newDiscount(draftOf(discount))).toEqual(discount);
  });
});
