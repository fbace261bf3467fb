import type { Webhook, WebhookFields } from '../../domain/webhooks/webhook';

export interface WebhookRepository {
  create(webhook: WebhookFields & { secret: string }): Promise<Webhook>;
  findById(id: number): Promise<Webhook | null>;
  /** Null when no webhook has this id. */
  update(id: number, webhook: WebhookFields): Promise<Webhook | null>;
  /** False when no webhook has this id; its deliveries go with it. */
  delete(id: number): Promise<boolean>;
  /** Newest first, ties by id descending. */
  list(query: { page: number; pageSize: number }): Promise<{ items: Webhook[]; total: number }>;
}
export const WebhookRepository = Symbol('WebhookRepository');
