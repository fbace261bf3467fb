import { z } from 'zod';
import { id } from '../shared/ids';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { pagination } from '../shared/pagination';
import { count, money, timestamp } from '../shared/view-fields';

export const placeOrderInput = z
  .object({ idempotencyKey: z.string().trim().min(1).max(255).optional() })
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

export const orderLineView = z
  .object({ productId: id, name: z.string(), price: money, quantity: count, lineTotal: money })
  .meta({ id: 'OrderLine' });

export const orderView = z
  .object({
    orderId: id,
    userId: id,
    products: z.array(orderLineView),
    totalPrice: money,
    status: z.enum(ORDER_STATUSES),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Order' });
export type OrderView = z.infer<typeof orderView>;
