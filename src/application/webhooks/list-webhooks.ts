import { inject, injectable } from 'tsyringe';
import { WebhookRepository } from '../ports/webhook-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { type Page, pageFrom } from '../shared/pagination';
import type { ListWebhooksInput } from './schemas';
import { type WebhookView, toWebhookView } from './webhook-view';

@injectable()
export class ListWebhooks {
  constructor(@inject(WebhookRepository) private readonly webhooks: WebhookRepository) {}

  async execute(input: ListWebhooksInput, actor: Actor): Promise<Page<WebhookView>> {
    assertAdmin(actor);
    return pageFrom(input, await this.webhooks.list(input), toWebhookView);
  }
}
