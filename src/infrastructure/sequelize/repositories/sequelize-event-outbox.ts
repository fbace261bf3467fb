import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import type { EventOutbox, NewEvent } from '../../../application/ports/event-outbox';
import { subscribes } from '../../../domain/webhooks/webhook';
import { Database } from '../database';
import { toWebhook } from './sequelize-webhook-repository';

/** Whether events wait for a message broker: without one, an event is born published. */
export const BrokerConfigured = Symbol('BrokerConfigured');

@injectable()
export class SequelizeEventOutbox implements EventOutbox {
  constructor(
    @inject(Database) private readonly db: Database,
    @inject(BrokerConfigured) private readonly brokerConfigured: boolean,
  ) {}

  async record({ type, data }: NewEvent): Promise<void> {
    const { Event, Webhook, Delivery } = this.db.models;
    const id = randomUUID();
    const createdAt = new Date();
    const body = JSON.stringify({ id, type, createdAt: createdAt.toISOString(), data });
    await Event.create({ id, type, body, createdAt, publishedAt: this.brokerConfigured ? null : createdAt }, this.db.scope());
    const subscribed = (await Webhook.findAll({ where: { active: true }, ...this.db.scope() })).map(toWebhook).filter((webhook) => subscribes(webhook, type));
    if (subscribed.length === 0) return;
    await Delivery.bulkCreate(
      subscribed.map((webhook) => ({
        webhookId: webhook.id,
        eventId: id,
        eventType: type,
        status: 'pending' as const,
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        nextAttemptAt: createdAt,
        deliveredAt: null,
        leasedUntil: null,
      })),
      this.db.scope(),
    );
  }
}
