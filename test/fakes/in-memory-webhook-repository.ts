import type { Clock } from '../../src/application/ports/clock';
import type { WebhookRepository } from '../../src/application/ports/webhook-repository';
import { offsetOf } from '../../src/application/shared/pagination';
import type { Webhook, WebhookFields } from '../../src/domain/webhooks/webhook';
import { SystemClock } from '../../src/infrastructure/system-clock';

export class InMemoryWebhookRepository implements WebhookRepository {
  readonly webhooks = new Map<number, Webhook>();
  private nextId = 1;

  constructor(private readonly clock: Clock = new SystemClock()) {}

  async create(fields: WebhookFields & { secret: string }): Promise<Webhook> {
    const now = this.clock.now();
    const webhook = { ...fields, events: [...fields.events], id: this.nextId++, createdAt: now, updatedAt: now };
    this.webhooks.set(webhook.id, webhook);
    return { ...webhook };
  }

  async findById(id: number): Promise<Webhook | null> {
    const webhook = this.webhooks.get(id);
    return webhook ? { ...webhook } : null;
  }

  async update(id: number, fields: WebhookFields): Promise<Webhook | null> {
    const webhook = this.webhooks.get(id);
    if (!webhook) return null;
    Object.assign(webhook, fields, { updatedAt: this.clock.now() });
    return { ...webhook };
  }

  async delete(id: number): Promise<boolean> {
    return this.webhooks.delete(id);
  }

  async list(query: { page: number; pageSize: number }): Promise<{ items: Webhook[]; total: number }> {
    const all = [...this.webhooks.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const start = offsetOf(query);
    return { items: all.slice(start, start + query.pageSize).map((webhook) => ({ ...webhook })), total: all.length };
  }
}
