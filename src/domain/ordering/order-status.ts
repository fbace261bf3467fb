import { ConflictError } from '../shared/errors';

export const ORDER_STATUSES = ['pending', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

export type StatusChanger = 'customer' | 'admin';

/**
 * Checks a move of the order life cycle. Admins may make any move the life cycle allows;
 * a customer may only cancel, and only while the order is pending.
 */
export function assertTransition(from: OrderStatus, to: OrderStatus, by: StatusChanger): void {
  const allowed = NEXT[from].includes(to) && (by === 'admin' || (to === 'cancelled' && from === 'pending'));
  if (!allowed) {
    throw new ConflictError('INVALID_STATUS_TRANSITION', `An order that is ${from} cannot become ${to}.`);
  }
}

/** Whether entering this status gives the order's stock back. */
export function releasesStock(to: OrderStatus): boolean {
  return to === 'cancelled';
}
