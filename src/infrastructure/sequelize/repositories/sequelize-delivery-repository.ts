import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { DeliveryQuery, DeliveryRepository, DueDelivery } from '../../../application/ports/delivery-repository';
import type { Delivery } from '../../../domain/webhooks/delivery';
import { Database } from '../database';
import { newestFirstPage } from './newest-first';
import type { DeliveryRow } from '../models/event-model';

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  webhookId: row.webhookId,
  eventId: row.eventId,
  eventType: row.eventType,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  nextAttemptAt: row.nextAttemptAt,
  deliveredAt: row.deliveredAt,
  createdAt: row.createdAt,
});

// Receivers' error texts are theirs: keep the column's bound.
const LAST_ERROR_MAX_LENGTH = 500;

@injectable()
export class SequelizeDeliveryRepository implements DeliveryRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async list(webhookId: number, query: DeliveryQuery): Promise<{ items: Delivery[]; total: number }> {
    const where = { webhookId, ...(query.status ? { status: query.status } : {}) };
    const { rows, count } = await newestFirstPage(this.db.models.Delivery, where, query, this.db.scope());
    return { items: rows.map(toDelivery), total: count };
  }

  async findOf(webhookId: number, deliveryId: number): Promise<Delivery | null> {
    const row = await this.db.models.Delivery.findOne({ where: { id: deliveryId, webhookId }, ...this.db.scope() });
    return row && toDelivery(row);
  }

  async save(delivery: Delivery): Promise<void> {
    await this.db.models.Delivery.update(
      {
        status: delivery.status,
        attempts: delivery.attempts,
        lastStatusCode: delivery.lastStatusCode,
        lastError: delivery.lastError?.slice(0, LAST_ERROR_MAX_LENGTH) ?? null,
        nextAttemptAt: delivery.nextAttemptAt,
        deliveredAt: delivery.deliveredAt,
        leasedUntil: null,
      },
      { where: { id: delivery.id }, ...this.db.scope() },
    );
  }

  async claimDue(now: Date, claimedUntil: Date, limit: number): Promise<DueDelivery[]> {
    const { Delivery, Webhook, Event } = this.db.models;
    const unclaimed = { [Op.or]: [{ leasedUntil: null }, { leasedUntil: { [Op.lte]: now } }] };
    const candidates = await Delivery.findAll({
      where: { status: 'pending', nextAttemptAt: { [Op.lte]: now }, ...unclaimed },
      include: [
        { model: Webhook, as: 'webhook', required: true, where: { active: true } },
        { model: Event, as: 'event', required: true },
      ],
      order: [['nextAttemptAt', 'ASC']],
      limit,
      ...this.db.scope(),
    });
    const claimed: DueDelivery[] = [];
    for (const row of candidates) {
      // The condition is checked again by the update itself: of two relays, one claims it.
      const [taken] = await Delivery.update(
        { leasedUntil: claimedUntil },
        { where: { id: row.id, status: 'pending', ...unclaimed }, silent: true, ...this.db.scope() },
      );
      if (taken === 1) {
        claimed.push({ delivery: toDelivery(row), target: { url: row.webhook!.url, secret: row.webhook!.secret }, body: row.event!.body });
      }
    }
    return claimed;
  }
}
