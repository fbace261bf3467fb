import type { Clock } from '../../src/application/ports/clock';
import type { OrderQuery, OrderRepository } from '../../src/application/ports/order-repository';
import { offsetOf } from '../../src/application/shared/pagination';
import { idempotencyKeyReused, type NewOrder, type Order } from '../../src/domain/ordering/order';
import type { OrderStatus } from '../../src/domain/ordering/order-status';
import { SystemClock } from '../../src/infrastructure/system-clock';

export class InMemoryOrderRepository implements OrderRepository {
  private readonly orders = new Map<number, Order>();
  private nextId = 1;

  constructor(private readonly clock: Clock = new SystemClock()) {}

  async create(order: NewOrder): Promise<Order> {
    const { userId, idempotencyKey } = order;
    if (idempotencyKey !== null && (await this.findByIdempotencyKey(userId, idempotencyKey))) {
      throw idempotencyKeyReused();
    }
    const now = this.clock.now();
    const created = copy({ ...order, id: this.nextId++, createdAt: now, updatedAt: now });
    this.orders.set(created.id, created);
    return copy(created);
  }

  async findById(id: number): Promise<Order | null> {
    const order = this.orders.get(id);
    return order ? copy(order) : null;
  }

  async lock(id: number): Promise<Order | null> {
    return this.findById(id);
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    const order = [...this.orders.values()].find((o) => o.userId === userId && o.idempotencyKey === key);
    return order ? copy(order) : null;
  }

  async updateStatus(id: number, status: OrderStatus): Promise<Order> {
    const order = this.orders.get(id);
    if (!order) throw new Error(`No order ${id} to update`);
    order.status = status;
    order.updatedAt = this.clock.now();
    return copy(order);
  }

  async countDiscountUses(userId: number, discountId: number): Promise<number> {
    return [...this.orders.values()].filter(
      (o) => o.userId === userId && o.discount?.id === discountId && o.status !== 'cancelled',
    ).length;
  }

  async list(query: OrderQuery): Promise<{ items: Order[]; total: number }> {
    const matching = [...this.orders.values()]
      .filter((o) => query.userId === undefined || o.userId === query.userId)
      .filter((o) => query.status === undefined || o.status === query.status)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const start = offsetOf(query);
    return { items: matching.slice(start, start + query.pageSize).map(copy), total: matching.length };
  }
}

function copy(order: Order): Order {
  return {
    ...order,
    items: order.items.map((item) => ({ ...item })),
    discount: order.discount && { ...order.discount },
    shippingAddress: order.shippingAddress && { ...order.shippingAddress },
    createdAt: new Date(order.createdAt),
    updatedAt: new Date(order.updatedAt),
  };
}
