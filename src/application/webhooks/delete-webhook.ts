import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { WebhookRepository } from '../ports/webhook-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import type { IdInput } from '../shared/ids';

@injectable()
export class DeleteWebhook {
  constructor(@inject(WebhookRepository) private readonly webhooks: WebhookRepository) {}

  async execute({ id }: IdInput, actor: Actor): Promise<void> {
    assertAdmin(actor);
    if (!(await this.webhooks.delete(id))) throw new NotFoundError('Webhook');
  }
}
