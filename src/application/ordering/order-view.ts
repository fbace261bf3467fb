import { z } from 'zod';
import type { Order } from '../../domain/ordering/order';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { id } from '../shared/ids';
import { count, money, timestamp } from '../shared/view-fields';

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

export function toOrderView(order: Order): OrderView {
  return {
    orderId: order.id,
    userId: order.userId,
    products: order.items.map((item) => ({
      productId: item.productId,
      name: item.name,
      price: item.unitPrice.toMajor(),
      quantity: item.quantity,
      lineTotal: item.lineTotal.toMajor(),
    })),
    totalPrice: order.total.toMajor(),
    status: order.status,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}
