import { z } from 'zod';
import type { Order } from '../../domain/ordering/order';
import { ORDER_STATUSES } from '../../domain/ordering/order-status';
import { id } from '../shared/ids';
import { count, money, timestamp } from '../shared/view-fields';

export const orderLineView = z
  .object({ productId: id, name: z.string(), price: money, quantity: count, lineTotal: money })
  .meta({ id: 'OrderLine' });

const nullableText = z.string().nullable();

export const shippingAddressView = z
  .object({
    name: z.string(),
    line1: z.string(),
    line2: nullableText,
    city: z.string(),
    region: nullableText,
    postalCode: z.string(),
    country: z.string(),
    phone: nullableText,
  })
  .meta({ id: 'ShippingAddress' });

export const orderView = z
  .object({
    orderId: id,
    userId: id,
    products: z.array(orderLineView),
    subtotalPrice: money.describe('The sum of the line totals.'),
    discountCode: z.string().nullable(),
    discountAmount: money.describe('What the discount took off; 0 without one.'),
    totalPrice: money.describe('The subtotal less the discount.'),
    shippingAddress: shippingAddressView.nullable().describe('Where it ships, as the address was when the order was placed.'),
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
    subtotalPrice: order.subtotal.toMajor(),
    discountCode: order.discount?.code ?? null,
    discountAmount: order.discount?.amount.toMajor() ?? 0,
    totalPrice: order.total.toMajor(),
    shippingAddress: order.shippingAddress && { ...order.shippingAddress },
    status: order.status,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}
