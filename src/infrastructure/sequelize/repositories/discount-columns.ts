import type { Discount, DiscountKind, DiscountRule } from '../../../domain/discounts/discount';
import { Money } from '../../../domain/shared/money';
import { type Flag, type Timestamp, timeOf, timeOrNull } from './columns';

export const ruleOf = (kind: DiscountKind, value: number): DiscountRule =>
  kind === 'percent' ? { kind, percent: value } : { kind, amount: Money.ofMinor(value) };

/** A discount as the hand-written SELECT below reads it. */
export interface DiscountColumns {
  id: number;
  code: string;
  kind: DiscountKind;
  value: number;
  min_subtotal_cents: number;
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  times_used: number;
  active: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export const SELECT_DISCOUNTS = `SELECT id, code, kind, value, min_subtotal_cents, starts_at, ends_at, usage_limit,
  per_customer_limit, times_used, active, created_at, updated_at
FROM discounts`;

export const discountOf = (row: DiscountColumns): Discount => ({
  id: row.id,
  code: row.code,
  rule: ruleOf(row.kind, row.value),
  minSubtotal: Money.ofMinor(row.min_subtotal_cents),
  startsAt: timeOrNull(row.starts_at),
  endsAt: timeOrNull(row.ends_at),
  usageLimit: row.usage_limit,
  perCustomerLimit: row.per_customer_limit,
  timesUsed: row.times_used,
  active: Boolean(row.active),
  createdAt: timeOf(row.created_at),
  updatedAt: timeOf(row.updated_at),
});
