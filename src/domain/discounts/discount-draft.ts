import { ValidationError } from '../shared/errors';
import { Money } from '../shared/money';
import { type DiscountKind, type DiscountRule, type NewDiscount, normalizeDiscountCode } from './discount';

/** A code as written: 3 to 32 of A-Z, 0-9, "-" and "_", in any case. */
export const DISCOUNT_CODE_PATTERN = /^[A-Za-z0-9_-]{3,32}$/;
export const PERCENT_MAX = 100;
/** The bound of a fixed amount and of a minimum subtotal. */
export const DISCOUNT_MONEY_MAX = Money.ofMajor(1_000_000);
/** Far beyond any real campaign, and within the 32-bit INTEGER columns that keep the counts. */
export const USE_LIMIT_MAX = 1_000_000_000;

/** A discount as an admin writes it: the rule as a kind and a value, a percent or an amount in major units. */
export interface DiscountDraft extends Omit<NewDiscount, 'rule'> {
  kind: DiscountKind;
  value: number;
}

export function newDiscount(draft: DiscountDraft): NewDiscount {
  const { startsAt, endsAt } = draft;
  if (startsAt && endsAt && endsAt <= startsAt) throw ValidationError.field('endsAt', 'Must be after startsAt.');
  return {
    code: checkedCode(draft.code),
    rule: discountRule(draft.kind, draft.value),
    minSubtotal: checkedMinSubtotal(draft.minSubtotal),
    startsAt,
    endsAt,
    usageLimit: checkedLimit('usageLimit', draft.usageLimit),
    perCustomerLimit: checkedLimit('perCustomerLimit', draft.perCustomerLimit),
    active: draft.active,
  };
}

/**
 * Applies the given changes (a missing, undefined, field keeps its value) and judges the result
 * as a whole: a new kind must suit the value it keeps, and a new start the end it keeps.
 */
export function changeDiscount(discount: NewDiscount, changes: Partial<DiscountDraft>): NewDiscount {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return newDiscount({ ...draftOf(discount), ...given });
}

export function draftOf({ code, rule, minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, active }: NewDiscount): DiscountDraft {
  return { code, kind: rule.kind, value: ruleValue(rule), minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, active };
}

/** The rule's number as clients see it: the percent, or the amount in major units. */
export function ruleValue(rule: DiscountRule): number {
  return rule.kind === 'percent' ? rule.percent : rule.amount.toMajor();
}

function discountRule(kind: DiscountKind, value: number): DiscountRule {
  if (kind === 'percent') {
    if (!Number.isInteger(value) || value < 1 || value > PERCENT_MAX) {
      throw ValidationError.field('value', `A percent discount takes a whole number from 1 to ${PERCENT_MAX}.`);
    }
    return { kind, percent: value };
  }
  const amount = Money.ofMajor(value, 'value');
  if (amount.minorUnits <= 0 || amount.greaterThan(DISCOUNT_MONEY_MAX)) {
    throw ValidationError.field('value', `A fixed discount takes an amount above 0, up to ${DISCOUNT_MONEY_MAX.toMajor()}.`);
  }
  return { kind, amount };
}

function checkedCode(code: string): string {
  if (!DISCOUNT_CODE_PATTERN.test(code)) {
    throw ValidationError.field('code', 'Must be 3 to 32 characters of A-Z, 0-9, "-" and "_".');
  }
  return normalizeDiscountCode(code);
}

function checkedMinSubtotal(minSubtotal: Money): Money {
  if (minSubtotal.isNegative() || minSubtotal.greaterThan(DISCOUNT_MONEY_MAX)) {
    throw ValidationError.field('minSubtotal', `Must be from 0 to ${DISCOUNT_MONEY_MAX.toMajor()}.`);
  }
  return minSubtotal;
}

function checkedLimit(path: string, limit: number | null): number | null {
  if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > USE_LIMIT_MAX)) {
    throw ValidationError.field(path, `Must be a whole number from 1 to ${USE_LIMIT_MAX}, or null for no limit.`);
  }
  return limit;
}
