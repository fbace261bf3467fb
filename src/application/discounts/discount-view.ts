import { z } from 'zod';
import { DISCOUNT_KINDS, type Discount } from '../../domain/discounts/discount';
import { ruleValue } from '../../domain/discounts/discount-draft';
import { id } from '../shared/ids';
import { count, money, timestamp } from '../shared/view-fields';

const useLimit = z.number().int().min(1).nullable();

export const discountView = z
  .object({
    id,
    code: z.string().meta({ description: 'Upper-case.' }),
    kind: z.enum(DISCOUNT_KINDS),
    value: z.number().meta({ description: 'percent: the whole percent; fixed: the amount in major units.' }),
    minSubtotal: money,
    startsAt: timestamp.nullable(),
    endsAt: timestamp.nullable(),
    usageLimit: useLimit,
    perCustomerLimit: useLimit,
    timesUsed: count,
    active: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Discount' });
export type DiscountView = z.infer<typeof discountView>;

export function toDiscountView(discount: Discount): DiscountView {
  return {
    id: discount.id,
    code: discount.code,
    kind: discount.rule.kind,
    value: ruleValue(discount.rule),
    minSubtotal: discount.minSubtotal.toMajor(),
    startsAt: discount.startsAt?.toISOString() ?? null,
    endsAt: discount.endsAt?.toISOString() ?? null,
    usageLimit: discount.usageLimit,
    perCustomerLimit: discount.perCustomerLimit,
    timesUsed: discount.timesUsed,
    active: discount.active,
    createdAt: discount.createdAt.toISOString(),
    updatedAt: discount.updatedAt.toISOString(),
  };
}
