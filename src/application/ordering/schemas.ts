import { z } from 'zod';
import { Money } from '../../domain/shared/money';
import { addressFields } from '../addresses/schemas';
import { moneyInput } from '../shared/money-input';
import { id } from '../shared/ids';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { pagination } from '../shared/pagination';
import { text } from '../shared/text';

export const placeOrderInput = z
  .object({
    idempotencyKey: text({ min: 1, max: 255 }).optional().meta({
      description: 'A repeat with the same key, by the same user, returns the first order and places nothing.',
    }),
    shippingAddressId: id.optional().meta({ description: "One of the caller's addresses to ship to." }),
    shippingAddress: addressFields.optional().meta({ description: 'An address to ship to, given here instead.' }),
    expectedTotalPrice: moneyInput({ max: Money.ofMinor(Number.MAX_SAFE_INTEGER) }).optional().meta({
      description: 'The total the customer saw: when the total at checkout differs, nothing is ordered (409 `PRICE_CHANGED`).',
    }),
  })
  .refine((input) => input.shippingAddressId === undefined || input.shippingAddress === undefined, {
    message: 'Give either shippingAddressId or shippingAddress, not both.',
    path: ['shippingAddress'],
  })
  .prefault({});
export type PlaceOrderInput = z.output<typeof placeOrderInput>;

export const listMyOrdersInput = z.object(pagination).prefault({});
export type ListMyOrdersInput = z.output<typeof listMyOrdersInput>;

export const listAllOrdersInput = z
  .object({ ...pagination, status: z.enum(ORDER_STATUSES).optional(), userId: id.optional() })
  .prefault({});
export type ListAllOrdersInput = z.output<typeof listAllOrdersInput>;

export const setOrderStatusInput = z.object({ id, status: z.enum(ORDER_STATUSES) });
export type SetOrderStatusInput = z.output<typeof setOrderStatusInput>;
