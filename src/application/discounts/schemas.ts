import { z } from 'zod';
import { DISCOUNT_KINDS, normalizeDiscountCode } from '../../domain/discounts/discount';
import { DISCOUNT_CODE_PATTERN, DISCOUNT_MONEY_MAX, PERCENT_MAX, USE_LIMIT_MAX } from '../../domain/discounts/discount-draft';
import { moneyInput } from '../shared/money-input';
import { pagination } from '../shared/pagination';

// No campaign predates 1970, and MySQL's DATETIME, unlike a JavaScript Date, ends with the year 9999.
const EARLIEST_INSTANT = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** A code as a client writes it, in any case; upper-case once parsed. */
export const discountCode = z
  .string()
  .regex(DISCOUNT_CODE_PATTERN, { message: 'Must be 3 to 32 characters of A-Z, 0-9, "-" and "_".' })
  .overwrite(normalizeDiscountCode)
  .meta({ description: '3 to 32 characters of A-Z, 0-9, "-" and "_", in any case.', example: 'SUMMER-10' });

const instant = z.iso
  .datetime({ offset: true })
  .refine((text) => Date.parse(text) >= EARLIEST_INSTANT && Date.parse(text) <= LATEST_INSTANT, {
    message: 'Must be from the year 1970 to 9999.',
  })
  .meta({ description: 'ISO-8601 with a time zone, `Z` or an offset.', example: '2026-12-01T00:00:00Z' });

const useLimit = z.number().int().min(1).max(USE_LIMIT_MAX);

const discountFields = {
  code: discountCode,
  kind: z.enum(DISCOUNT_KINDS),
  value: moneyInput({ max: DISCOUNT_MONEY_MAX, aboveZero: true }).meta({
    description: `percent: a whole number from 1 to ${PERCENT_MAX}; fixed: an amount in major units, at most 2 decimals.`,
  }),
  minSubtotal: moneyInput({ max: DISCOUNT_MONEY_MAX }),
  startsAt: instant.nullable(),
  endsAt: instant.nullable().meta({ description: 'The first instant it no longer applies; after `startsAt`.' }),
  usageLimit: useLimit.nullable().meta({ description: 'Uses in all; null for no limit.' }),
  perCustomerLimit: useLimit.nullable().meta({ description: 'Uses by one customer; null for no limit.' }),
  active: z.boolean(),
};

export const createDiscountInput = z.object({
  ...discountFields,
  minSubtotal: discountFields.minSubtotal.default(0),
  startsAt: discountFields.startsAt.default(null),
  endsAt: discountFields.endsAt.default(null),
  usageLimit: discountFields.usageLimit.default(null),
  perCustomerLimit: discountFields.perCustomerLimit.default(null),
  active: discountFields.active.default(true),
});
export type CreateDiscountInput = z.output<typeof createDiscountInput>;

/** Any subset of the create fields, without their defaults: what is left out stays as it is. */
export const updateDiscountInput = z.object(discountFields).partial();
export type UpdateDiscountInput = z.output<typeof updateDiscountInput>;

export const listDiscountsInput = z.object({ ...pagination, active: z.boolean().optional() }).prefault({});
export type ListDiscountsInput = z.output<typeof listDiscountsInput>;
