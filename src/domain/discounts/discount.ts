import { ConflictError, NotFoundError } from '../shared/errors';
import { Money } from '../shared/money';

/** What a discount takes off: a share of the subtotal, or a fixed amount. */
export type DiscountRule = { kind: 'percent'; percent: number } | { kind: 'fixed'; amount: Money };
export type DiscountKind = DiscountRule['kind'];
export const DISCOUNT_KINDS = ['percent', 'fixed'] as const satisfies readonly DiscountKind[];

export interface Discount {
  id: number;
  /** Upper-case, unique. */
  code: string;
  rule: DiscountRule;
  minSubtotal: Money;
  /** The first instant it applies; null for always. */
  startsAt: Date | null;
  /** The first instant it no longer applies; null for never. */
  endsAt: Date | null;
  /** Uses in all; null for no limit. */
  usageLimit: number | null;
  /** Uses by one customer; null for no limit. */
  perCustomerLimit: number | null;
  timesUsed: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin decides about a discount; the store assigns the id, counts the uses and stamps the times. */
export type NewDiscount = Omit<Discount, 'id' | 'timesUsed' | 'createdAt' | 'updatedAt'>;

/** Why a code does not apply, in the order they are checked: the first that holds is given. */
export const DISCOUNT_REASONS = [
  'INACTIVE',
  'NOT_STARTED',
  'EXPIRED',
  'USAGE_LIMIT_REACHED',
  'CUSTOMER_LIMIT_REACHED',
  'BELOW_MIN_SUBTOTAL',
] as const;
export type DiscountReason = (typeof DISCOUNT_REASONS)[number];

export interface DiscountJudgement {
  applicable: boolean;
  /** The first reason it does not apply; null when it does. */
  reason: DiscountReason | null;
  /** What it takes off the subtotal; zero when it does not apply. */
  amount: Money;
}

export interface DiscountOccasion {
  subtotal: Money;
  now: Date;
  /** The uses by the cart's owner when signed in; null for a guest, whose uses are not counted. */
  customerUses: number | null;
}

/** Whether a discount applies to a subtotal now, and for how much. */
export function judgeDiscount(discount: Discount, occasion: DiscountOccasion): DiscountJudgement {
  const reason = firstReason(discount, occasion);
  if (reason) return { applicable: false, reason, amount: Money.zero };
  return { applicable: true, reason: null, amount: discountAmount(discount.rule, occasion.subtotal) };
}

function firstReason(discount: Discount, { subtotal, now, customerUses }: DiscountOccasion): DiscountReason | null {
  const { startsAt, endsAt, usageLimit, perCustomerLimit } = discount;
  if (!discount.active) return 'INACTIVE';
  if (startsAt && now < startsAt) return 'NOT_STARTED';
  if (endsAt && now >= endsAt) return 'EXPIRED';
  if (usageLimit !== null && discount.timesUsed >= usageLimit) return 'USAGE_LIMIT_REACHED';
  if (customerUses !== null && perCustomerLimit !== null && customerUses >= perCustomerLimit) return 'CUSTOMER_LIMIT_REACHED';
  if (discount.minSubtotal.greaterThan(subtotal)) return 'BELOW_MIN_SUBTOTAL';
  return null;
}

function discountAmount(rule: DiscountRule, subtotal: Money): Money {
  if (rule.kind === 'percent') return subtotal.percentage(rule.percent);
  return rule.amount.greaterThan(subtotal) ? subtotal : rule.amount;
}

/** Codes are ASCII, matched whatever their case: only a-z is raised, so "ß" never turns into "SS". */
export function normalizeDiscountCode(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

const REASON_DETAILS: Record<DiscountReason, string> = {
  INACTIVE: 'The discount code is not active.',
  NOT_STARTED: 'The discount code does not apply yet.',
  EXPIRED: 'The discount code has expired.',
  USAGE_LIMIT_REACHED: 'The discount code has been used as often as it may be.',
  CUSTOMER_LIMIT_REACHED: 'You have used this discount code as often as you may.',
  BELOW_MIN_SUBTOTAL: 'The cart is below the minimum subtotal of this discount code.',
};

export class DiscountNotApplicableError extends ConflictError {
  constructor(readonly reason: DiscountReason) {
    super('DISCOUNT_NOT_APPLICABLE', REASON_DETAILS[reason], { reason });
  }
}

export const discountNotFound = () => new NotFoundError('Discount', 'DISCOUNT_NOT_FOUND');

export const discountCodeTaken = () => new ConflictError('DISCOUNT_CODE_TAKEN', 'A discount with this code already exists.');

export const discountInUse = () =>
  new ConflictError('DISCOUNT_IN_USE', 'An order used this discount; deactivate it instead.');
