import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { DeliveryRepository } from '../ports/delivery-repository';
import { WebhookRepository } from '../ports/webhook-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { type Page, pageFrom } from '../shared/pagination';
import { type DeliveryView, toDeliveryView } from './delivery-view';
import type { ListDeliveriesInput } from './schemas';

@injectable()
export class ListDeliveries {
  constructor(
    @inject(WebhookRepository) private readonly webhooks: WebhookRepository,
    @inject(DeliveryRepository) private readonly deliveries: DeliveryRepository,
  ) {}

  async execute({ id, ...query }: ListDeliveriesInput, actor: Actor): Promise<Page<DeliveryView>> {
    assertAdmin(actor);
    if (!(await this.webhooks.findById(id))) throw new NotFoundError('Webhook');
    return pageFrom(query, await this.deliveries.list(id, query), toDeliveryView);
  }
}
