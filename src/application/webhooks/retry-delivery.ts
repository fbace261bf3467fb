import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { retried } from '../../domain/webhooks/delivery';
import { Clock } from '../ports/clock';
import { DeliveryRepository } from '../ports/delivery-repository';
import { type Actor, assertAdmin } from '../shared/actor';
import { type DeliveryView, toDeliveryView } from './delivery-view';
import type { RetryDeliveryInput } from './schemas';

/** Queues a delivery again, whatever became of it, from its first attempt. */
@injectable()
export class RetryDelivery {
  constructor(
    @inject(DeliveryRepository) private readonly deliveries: DeliveryRepository,
    @inject(Clock) private readonly clock: Clock,
  ) {}

  async execute({ id, deliveryId }: RetryDeliveryInput, actor: Actor): Promise<DeliveryView> {
    assertAdmin(actor);
    const delivery = await this.deliveries.findOf(id, deliveryId);
    if (!delivery) throw new NotFoundError('Delivery');
    const queued = retried(delivery, this.clock.now());
    await this.deliveries.save(queued);
    return toDeliveryView(queued);
  }
}
