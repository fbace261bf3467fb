import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { pagination } from '../shared/pagination';

const id = z.number().int().positive();

export const placeOrderInput = z
  .object({ idempotencyKey: z.string().trim().min(1).max(255).optional() })
  .prefault({});
export type PlaceOrderInput = z.output<typeof placeOrderInput>;

export const orderIdInput = z.object({ id });
export type OrderIdInput = z.output<typeof orderIdInput>;

export const listMyOrdersInput = z.object(pagination).prefault({});
export type ListMyOrdersInput = z.output<typeof listMyOrdersInput>;

export const listAllOrdersInput = z
  .object({ ...pagination, status: z.enum(ORDER_STATUSES).optional(), userId: id.optional() })
  .prefault({});
export type ListAllOrdersInput = z.output<typeof listAllOrdersInput>;

export const setOrderStatusInput = z.object({ id, status: z.enum(ORDER_STATUSES) });
export type SetOrderStatusInput = z.output<typeof setOrderStatusInput>;

export interface OrderView {
  orderId: number;
  userId: number;
  products: { productId: number; name: string; price: number; quantity: number; lineTotal: number }[];
  totalPrice: number;
  status: (typeof ORDER_STATUSES)[number];
  createdAt: string;
  updatedAt: string;
}
