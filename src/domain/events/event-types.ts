import type { OrderStatus } from '../ordering/order-status';

/** What other systems hear about: every change to an order's life and to the catalog's products. */
export const EVENT_TYPES = [
  'order.placed',
  'order.confirmed',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'product.created',
  'product.updated',
  'product.deleted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The event of an order reaching a status: `pending` is where a placed order starts. */
export const orderEventOf = (status: OrderStatus): EventType => (status === 'pending' ? 'order.placed' : `order.${status}`);
