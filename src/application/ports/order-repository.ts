import type { NewOrder, Order } from '../../domain/ordering/order';
import type { OrderStatus } from '../../domain/ordering/order-status';

export interface OrderQuery {
  userId?: number;
  status?: OrderStatus;
  page: number;
  pageSize: number;
}

export interface OrderRepository {
  /** Throws ConflictError IDEMPOTENCY_KEY_REUSED when the user already placed an order with the key. */
  create(order: NewOrder): Promise<Order>;
  findById(id: number): Promise<Order | null>;
  /** Reads the order and locks it until the transaction ends, so status changes queue up. */
  lock(id: number): Promise<Order | null>;
  findByIdempotencyKey(userId: number, key: string): Promise<Order | null>;
  updateStatus(id: number, status: OrderStatus): Promise<Order>;
  /** How many of the user's orders, cancelled ones aside, used the discount. */
  countDiscountUses(userId: number, discountId: number): Promise<number>;
  /** Newest first, ties broken by id, descending. */
  list(query: OrderQuery): Promise<{ items: Order[]; total: number }>;
}
export const OrderRepository = Symbol('OrderRepository');
