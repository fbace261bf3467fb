import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/application/ports/clock';
import type { DeliveryQuery, DeliveryRepository, DueDelivery } from '../../src/application/ports/delivery-repository';
import type { EventOutbox, NewEvent } from '../../src/application/ports/event-outbox';
import { offsetOf } from '../../src/application/shared/pagination';
import type { Delivery } from '../../src/domain/webhooks/delivery';
import { subscribes } from '../../src/domain/webhooks/webhook';
import { SystemClock } from '../../src/infrastructure/system-clock';
import type { InMemoryWebhookRepository } from './in-memory-webhook-repository';

/** The outbox and the deliveries it makes, over the webhooks it delivers to. */
export class InMemoryEventStore implements EventOutbox, DeliveryRepository {
  /** Every event recorded, in order, as receivers get it. */
  readonly events: { id: string; type: string; createdAt: string; data: Record<string, unknown> }[] = [];
  private readonly deliveries = new Map<number, Delivery & { claimedUntil: Date | null }>();
  private nextId = 1;

  constructor(
    private readonly webhooks: InMemoryWebhookRepository,
    private readonly clock: Clock = new SystemClock(),
  ) {}

  async record({ type, data }: NewEvent): Promise<void> {
    const now = this.clock.now();
    const event = { id: randomUUID(), type, createdAt: now.toISOString(), data };
    this.events.push(event);
    for (const webhook of this.webhooks.webhooks.values()) {
      if (!webhook.active || !subscribes(webhook, type)) continue;
      const id = this.nextId++;
      this.deliveries.set(id, {
        id,
        webhookId: webhook.id,
        eventId: event.id,
        eventType: type,
        status: 'pending',
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        nextAttemptAt: now,
        deliveredAt: null,
        createdAt: now,
        claimedUntil: null,
      });
    }
  }

  async list(webhookId: number, query: DeliveryQuery): Promise<{ items: Delivery[]; total: number }> {
    const matching = [...this.deliveries.values()]
      .filter((delivery) => delivery.webhookId === webhookId && (query.status === undefined || delivery.status === query.status))
      // Deleting a webhook deletes its deliveries.
      .filter((delivery) => this.webhooks.webhooks.has(delivery.webhookId))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const start = offsetOf(query);
    return { items: matching.slice(start, start + query.pageSize).map(withoutClaim), total: matching.length };
  }

  async findOf(webhookId: number, deliveryId: number): Promise<Delivery | null> {
    const delivery = this.deliveries.get(deliveryId);
    return delivery && delivery.webhookId === webhookId && this.webhooks.webhooks.has(webhookId) ? withoutClaim(delivery) : null;
  }

  async save(delivery: Delivery): Promise<void> {
    this.deliveries.set(delivery.id, { ...delivery, claimedUntil: null });
  }

  async claimDue(now: Date, claimedUntil: Date, limit: number): Promise<DueDelivery[]> {
    const due = [...this.deliveries.values()]
      .filter((delivery) => delivery.status === 'pending' && delivery.nextAttemptAt! <= now)
      .filter((delivery) => !delivery.claimedUntil || delivery.claimedUntil <= now)
      .filter((delivery) => this.webhooks.webhooks.get(delivery.webhookId)?.active)
      .slice(0, limit);
    return due.map((delivery) => {
      delivery.claimedUntil = claimedUntil;
      const { url, secret } = this.webhooks.webhooks.get(delivery.webhookId)!;
      const event = this.events.find((candidate) => candidate.id === delivery.eventId)!;
      return { delivery: withoutClaim(delivery), target: { url, secret }, body: JSON.stringify(event) };
    });
  }
}

const withoutClaim = ({ claimedUntil: _, ...delivery }: Delivery & { claimedUntil: Date | null }): Delivery => ({ ...delivery });
