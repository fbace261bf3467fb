import { inject, injectable } from 'tsyringe';
import { type Delivery, type RetryPolicy, afterAttempt } from '../../domain/webhooks/delivery';
import { Clock } from '../ports/clock';
import { DeliveryRepository } from '../ports/delivery-repository';
import { WebhookTransport } from '../ports/webhook-transport';

export const WebhookRetryPolicy = Symbol('WebhookRetryPolicy');

// A claim outlives the 10 s an attempt may take, with room to record the outcome.
const CLAIM_SECONDS = 30;
const BATCH = 10;

/** One round of the relay: claims the deliveries due now, attempts each once and records what came of it. */
@injectable()
export class DeliverDueEvents {
  constructor(
    @inject(DeliveryRepository) private readonly deliveries: DeliveryRepository,
    @inject(WebhookTransport) private readonly transport: WebhookTransport,
    @inject(Clock) private readonly clock: Clock,
    @inject(WebhookRetryPolicy) private readonly policy: RetryPolicy,
  ) {}

  /** Returns the deliveries attempted, as each attempt left them. */
  async execute(): Promise<Delivery[]> {
    const now = this.clock.now();
    const due = await this.deliveries.claimDue(now, new Date(now.getTime() + CLAIM_SECONDS * 1000), BATCH);
    return Promise.all(
      due.map(async ({ delivery, target, body }) => {
        const outcome = await this.transport.send(target, delivery.eventId, body);
        const attempted = afterAttempt(delivery, outcome, this.clock.now(), this.policy, Math.random());
        await this.deliveries.save(attempted);
        return attempted;
      }),
    );
  }
}
