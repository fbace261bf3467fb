import { inject, injectable } from 'tsyringe';
import type { WebhookRepository } from '../../../application/ports/webhook-repository';
import type { Subscription, Webhook, WebhookFields } from '../../../domain/webhooks/webhook';
import { Database } from '../database';
import { newestFirstPage } from './newest-first';
import type { WebhookRow } from '../models/event-model';

export const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as Subscription[],
  description: row.description,
  secret: row.secret,
  active: row.active,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const columnsOf = (fields: WebhookFields) => ({ ...fields, events: JSON.stringify(fields.events) });

@injectable()
export class SequelizeWebhookRepository implements WebhookRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async create(webhook: WebhookFields & { secret: string }): Promise<Webhook> {
    return toWebhook(await this.db.models.Webhook.create({ ...columnsOf(webhook), secret: webhook.secret }, this.db.scope()));
  }

  async findById(id: number): Promise<Webhook | null> {
    const row = await this.db.models.Webhook.findByPk(id, this.db.scope());
    return row && toWebhook(row);
  }

  async update(id: number, webhook: WebhookFields): Promise<Webhook | null> {
    const row = await this.db.models.Webhook.findByPk(id, this.db.scope());
    if (!row) return null;
    await row.update(columnsOf(webhook), this.db.scope());
    return toWebhook(row);
  }

  async delete(id: number): Promise<boolean> {
    return (await this.db.models.Webhook.destroy({ where: { id }, ...this.db.scope() })) > 0;
  }

  async list(query: { page: number; pageSize: number }): Promise<{ items: Webhook[]; total: number }> {
    const { rows, count } = await newestFirstPage(this.db.models.Webhook, {}, query, this.db.scope());
    return { items: rows.map(toWebhook), total: count };
  }
}
