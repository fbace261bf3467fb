import { inject, injectable } from 'tsyringe';
import { WebhookRepository } from '../ports/webhook-repository';
import { WebhookTransport } from '../ports/webhook-transport';
import { type Actor, assertAdmin } from '../shared/actor';
import type { CreateWebhookInput } from './schemas';
import { type CreatedWebhookView, toWebhookView } from './webhook-view';

@injectable()
export class CreateWebhook {
  constructor(
    @inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @inject(WebhookTransport) private readonly transport: WebhookTransport,
  ) {}

  async execute(input: CreateWebhookInput, actor: Actor): Promise<CreatedWebhookView> {
    assertAdmin(actor);
    await this.transport.assertAllowedTarget(input.url);
    const secret = this.transport.newSecret();
    const webhook = await this.webhooks.create({ ...input, description: input.description ?? null, secret });
    return { ...toWebhookView(webhook), secret };
  }
}
