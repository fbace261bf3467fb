import { inject, injectable } from 'tsyringe';
import type { OrderQuery, OrderRepository } from '../../../application/ports/order-repository';
import { offsetOf } from '../../../application/shared/pagination';
import { idempotencyKeyReused, type NewOrder, type Order } from '../../../domain/ordering/order';
import type { OrderStatus } from '../../../domain/ordering/order-status';
import { Database } from '../database';
import { isUniqueViolation } from '../driver-errors';
import { valueRows } from './columns';
import { type ItemColumns, type OrderColumns, orderOf, shippingValues } from './order-columns';

// Checkout writes and reads orders in every transaction, so orders go through hand-written statements.
const SELECT_ORDERS = `SELECT id, user_id, status, subtotal_cents, discount_id, discount_code, discount_amount_cents, total_cents,
  shipping_name, shipping_line1, shipping_line2, shipping_city, shipping_region, shipping_postal_code, shipping_country,
  shipping_phone, idempotency_key, created_at, updated_at
FROM orders`;

const INSERT_ORDER = `INSERT INTO orders (user_id, status, subtotal_cents, discount_id, discount_code, discount_amount_cents,
  total_cents, shipping_name, shipping_line1, shipping_line2, shipping_city, shipping_region, shipping_postal_code,
  shipping_country, shipping_phone, idempotency_key, created_at, updated_at)
VALUES ${valueRows(1, 18)}`;

const ITEM_COLUMNS = 'order_id, product_id, name, unit_price_cents, quantity, line_total_cents';

@injectable()
export class SequelizeOrderRepository implements OrderRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async create(order: NewOrder): Promise<Order> {
    const now = new Date();
    let id: number;
    try {
      id = await this.db.sql.insert(INSERT_ORDER, [
        order.userId,
        order.status,
        order.subtotal.minorUnits,
        order.discount?.id ?? null,
        order.discount?.code ?? null,
        order.discount?.amount.minorUnits ?? 0,
        order.total.minorUnits,
        ...shippingValues(order.shippingAddress),
        order.idempotencyKey,
        now,
        now,
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw idempotencyKeyReused();
      throw error;
    }
    // All the lines in one statement, however many there are.
    await this.db.sql.write(
      `INSERT INTO order_items (${ITEM_COLUMNS}) VALUES ${valueRows(order.items.length, 6)}`,
      order.items.flatMap((item) => [
        id,
        item.productId,
        item.name,
        item.unitPrice.minorUnits,
        item.quantity,
        item.lineTotal.minorUnits,
      ]),
    );
    return { ...order, id, createdAt: now, updatedAt: now };
  }

  async findById(id: number): Promise<Order | null> {
    return this.findOne(`${SELECT_ORDERS} WHERE id = ?`, [id]);
  }

  async lock(id: number): Promise<Order | null> {
    return this.findOne(`${SELECT_ORDERS} WHERE id = ?${this.db.forUpdate()}`, [id]);
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    return this.findOne(`${SELECT_ORDERS} WHERE user_id = ? AND idempotency_key = ?`, [userId, key]);
  }

  async updateStatus(id: number, status: OrderStatus): Promise<Order> {
    await this.db.models.Order.update({ status }, { where: { id }, ...this.db.scope() });
    return (await this.findById(id))!;
  }

  async countDiscountUses(userId: number, discountId: number): Promise<number> {
    const [row] = await this.db.sql.select<{ uses: number | string }>(
      `SELECT COUNT(*) AS uses FROM orders WHERE user_id = ? AND discount_id = ? AND status <> 'cancelled'`,
      [userId, discountId],
    );
    return Number(row!.uses);
  }

  async list(query: OrderQuery): Promise<{ items: Order[]; total: number }> {
    const filters = [
      ['user_id = ?', query.userId],
      ['status = ?', query.status],
    ].filter(([, value]) => value !== undefined);
    const where = filters.length > 0 ? ` WHERE ${filters.map(([condition]) => condition).join(' AND ')}` : '';
    const values = filters.map(([, value]) => value);
    const [rows, [count]] = await Promise.all([
      this.db.sql.select<OrderColumns>(`${SELECT_ORDERS}${where} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`, [
        ...values,
        query.pageSize,
        offsetOf(query),
      ]),
      this.db.sql.select<{ total: number | string }>(`SELECT COUNT(*) AS total FROM orders${where}`, values),
    ]);
    return { items: await this.withItems(rows), total: Number(count!.total) };
  }

  private async findOne(sql: string, values: unknown[]): Promise<Order | null> {
    const [order] = await this.withItems(await this.db.sql.select<OrderColumns>(sql, values));
    return order ?? null;
  }

  /** The orders with their lines, read in one statement for all of them. */
  private async withItems(rows: OrderColumns[]): Promise<Order[]> {
    if (rows.length === 0) return [];
    const items = await this.db.sql.select<ItemColumns>(
      `SELECT ${ITEM_COLUMNS} FROM order_items WHERE order_id IN (${rows.map(() => '?').join(', ')}) ORDER BY id`,
      rows.map((row) => row.id),
    );
    const grouped = new Map<number, ItemColumns[]>();
    for (const item of items) grouped.set(item.order_id, [...(grouped.get(item.order_id) ?? []), item]);
    return rows.map((row) => orderOf(row, grouped.get(row.id) ?? []));
  }
}
