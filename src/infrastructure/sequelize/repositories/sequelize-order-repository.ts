import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { OrderQuery, OrderRepository } from '../../../application/ports/order-repository';
import type { AddressFields } from '../../../domain/addresses/address';
import { idempotencyKeyReused, type NewOrder, type Order } from '../../../domain/ordering/order';
import type { OrderStatus } from '../../../domain/ordering/order-status';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';
import { newestFirstPage } from './newest-first';
import { isUniqueViolation } from '../driver-errors';
import type { OrderItemRow, OrderRow } from '../models/order-model';

@injectable()
export class SequelizeOrderRepository implements OrderRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async create(order: NewOrder): Promise<Order> {
    const { Order, OrderItem } = this.db.models;
    let row: OrderRow;
    try {
      row = await Order.create(
        {
          userId: order.userId,
          status: order.status,
          subtotalCents: order.subtotal.minorUnits,
          discountId: order.discount?.id ?? null,
          discountCode: order.discount?.code ?? null,
          discountAmountCents: order.discount?.amount.minorUnits ?? 0,
          totalCents: order.total.minorUnits,
          ...shippingColumns(order.shippingAddress),
          idempotencyKey: order.idempotencyKey,
        },
        this.db.scope(),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw idempotencyKeyReused();
      throw error;
    }
    await OrderItem.bulkCreate(
      order.items.map((item) => ({
        orderId: row.id,
        productId: item.productId,
        name: item.name,
        unitPriceCents: item.unitPrice.minorUnits,
        quantity: item.quantity,
        lineTotalCents: item.lineTotal.minorUnits,
      })),
      this.db.scope(),
    );
    return { ...order, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt };
  }

  async findById(id: number): Promise<Order | null> {
    return this.withItems(await this.db.models.Order.findByPk(id, this.db.scope()));
  }

  async lock(id: number): Promise<Order | null> {
    return this.withItems(await this.db.models.Order.findByPk(id, this.db.scope(true)));
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    return this.withItems(await this.db.models.Order.findOne({ where: { userId, idempotencyKey: key }, ...this.db.scope() }));
  }

  async updateStatus(id: number, status: OrderStatus): Promise<Order> {
    await this.db.models.Order.update({ status }, { where: { id }, ...this.db.scope() });
    return (await this.findById(id))!;
  }

  countDiscountUses(userId: number, discountId: number): Promise<number> {
    return this.db.models.Order.count({
      where: { userId, discountId, status: { [Op.ne]: 'cancelled' } },
      ...this.db.scope(),
    });
  }

  async list(query: OrderQuery): Promise<{ items: Order[]; total: number }> {
    const where = {
      ...(query.userId !== undefined ? { userId: query.userId } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
    };
    const { rows, count } = await newestFirstPage(this.db.models.Order, where, query, this.db.scope());
    const items = await this.itemsOf(rows.map((row) => row.id));
    return { items: rows.map((row) => toOrder(row, items.get(row.id) ?? [])), total: count };
  }

  private async withItems(row: OrderRow | null): Promise<Order | null> {
    if (!row) return null;
    return toOrder(row, (await this.itemsOf([row.id])).get(row.id) ?? []);
  }

  /** The lines of several orders in one query, grouped by order. */
  private async itemsOf(orderIds: number[]): Promise<Map<number, OrderItemRow[]>> {
    const grouped = new Map<number, OrderItemRow[]>();
    if (orderIds.length === 0) return grouped;
    const rows = await this.db.models.OrderItem.findAll({
      where: { orderId: orderIds },
      order: [['id', 'ASC']],
      ...this.db.scope(),
    });
    for (const row of rows) grouped.set(row.orderId, [...(grouped.get(row.orderId) ?? []), row]);
    return grouped;
  }
}

function shippingColumns(address: AddressFields | null) {
  return {
    shippingName: address?.name ?? null,
    shippingLine1: address?.line1 ?? null,
    shippingLine2: address?.line2 ?? null,
    shippingCity: address?.city ?? null,
    shippingRegion: address?.region ?? null,
    shippingPostalCode: address?.postalCode ?? null,
    shippingCountry: address?.country ?? null,
    shippingPhone: address?.phone ?? null,
  };
}

function shippingAddressOf(row: OrderRow): AddressFields | null {
  // Every snapshot has a name, so a row without one ships nowhere.
  if (row.shippingName === null) return null;
  return {
    name: row.shippingName,
    line1: row.shippingLine1!,
    line2: row.shippingLine2,
    city: row.shippingCity!,
    region: row.shippingRegion,
    postalCode: row.shippingPostalCode!,
    country: row.shippingCountry!,
    phone: row.shippingPhone,
  };
}

function toOrder(row: OrderRow, items: OrderItemRow[]): Order {
  return {
    id: row.id,
    userId: row.userId,
    status: row.status,
    subtotal: Money.ofMinor(Number(row.subtotalCents)),
    discount:
      row.discountId === null
        ? null
        : { id: row.discountId, code: row.discountCode!, amount: Money.ofMinor(Number(row.discountAmountCents)) },
    total: Money.ofMinor(Number(row.totalCents)),
    shippingAddress: shippingAddressOf(row),
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    items: items.map((item) => ({
      productId: item.productId,
      name: item.name,
      unitPrice: Money.ofMinor(item.unitPriceCents),
      quantity: item.quantity,
      lineTotal: Money.ofMinor(Number(item.lineTotalCents)),
    })),
  };
}
