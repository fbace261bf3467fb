import type { Order } from '../../domain/ordering/order';
import { NotFoundError } from '../../domain/shared/errors';
import { type Actor, isAdmin } from '../shared/actor';

/** An order is visible to its owner and to admins; to anyone else it does not exist. */
export function visibleTo(order: Order | null, actor: Actor): Order {
  if (!order || (order.userId !== actor.userId && !isAdmin(actor))) throw new NotFoundError('Order');
  return order;
}
