import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { WebhookRepository } from '../ports/webhook-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import type { IdInput } from '../shared/ids';
import { type WebhookView, toWebhookView } from './webhook-view';

@injectable()
export class GetWebhook {
  constructor(@inject(WebhookRepository) private readonly webhooks: WebhookRepository) {}

  async execute({ id }: IdInput, actor: Actor): Promise<WebhookView> {
    assertAdmin(actor);
    const webhook = await this.webhooks.findById(id);
    if (!webhook) throw new NotFoundError('Webhook');
    return toWebhookView(webhook);
  }
}
