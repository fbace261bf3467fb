import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { WebhookRepository } from '../ports/webhook-repository';
import { WebhookTransport } from '../ports/webhook-transport';
import { UnitOfWork } from '../ports/unit-of-work';
import { type Actor, assertAdmin } from '../shared/actor';
import type { UpdateWebhookInput } from './schemas';
import { type WebhookView, toWebhookView } from './webhook-view';

@injectable()
export class UpdateWebhook {
  constructor(
    @inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @inject(WebhookTransport) private readonly transport: WebhookTransport,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute({ id, ...changes }: UpdateWebhookInput, actor: Actor): Promise<WebhookView> {
    assertAdmin(actor);
    if (changes.url !== undefined) await this.transport.assertAllowedTarget(changes.url);
    return this.uow.run(async () => {
      const current = await this.webhooks.findById(id);
      if (!current) throw new NotFoundError('Webhook');
      const updated = await this.webhooks.update(id, {
        url: changes.url ?? current.url,
        events: changes.events ?? current.events,
        description: changes.description === undefined ? current.description : changes.description,
        active: changes.active ?? current.active,
      });
      if (!updated) throw new NotFoundError('Webhook');
      return toWebhookView(updated);
    });
  }
}
