import { z } from 'zod';
import { id } from '../shared/ids';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { pagination } from '../shared/pagination';
import { text } from '../shared/text';

export const placeOrderInput = z
  .object({
    idempotencyKey: text({ min: 1, max: 255 }).optional().meta({
      description: 'A repeat with the same key, by the same user, returns the first order and places nothing.',
    }),
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
