import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import type { EventOutbox, NewEvent } from '../../../application/ports/event-outbox';
import { type Subscription, subscribes } from '../../../domain/webhooks/webhook';
import { Database } from '../database';
import { valueRows } from './columns';

/** Whether events wait for a message broker: without one, an event is born published. */
export const BrokerConfigured = Symbol('BrokerConfigured');

const DELIVERY_COLUMNS = 'webhook_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at';

/** Recording runs in the transaction of every change that tells of one, checkout included: sent as written. */
@injectable()
export class SequelizeEventOutbox implements EventOutbox {
  constructor(
    @inject(Database) private readonly db: Database,
    @inject(BrokerConfigured) private readonly brokerConfigured: boolean,
  ) {}

  async record({ type, data }: NewEvent): Promise<void> {
    const id = randomUUID();
    const createdAt = new Date();
    const body = JSON.stringify({ id, type, createdAt: createdAt.toISOString(), data });
    await this.db.sql.write('INSERT INTO events (id, type, body, created_at, published_at) VALUES (?, ?, ?, ?, ?)', [
      id,
      type,
      body,
      createdAt,
      this.brokerConfigured ? null : createdAt,
    ]);
    // `events` holds a JSON array of subscriptions, in a TEXT column.
    const webhooks = await this.db.sql.select<{ id: number; events: string }>('SELECT id, events FROM webhooks WHERE active = ?', [true]);
    const subscribed = webhooks.filter((webhook) => subscribes({ events: JSON.parse(webhook.events) as Subscription[] }, type));
    if (subscribed.length === 0) return;
    await this.db.sql.write(
      `INSERT INTO webhook_deliveries (${DELIVERY_COLUMNS}) VALUES ${valueRows(subscribed.length, 8)}`,
      subscribed.flatMap((webhook) => [webhook.id, id, type, 'pending', 0, createdAt, createdAt, createdAt]),
    );
  }
}
