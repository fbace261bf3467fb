import { inject, injectable } from 'tsyringe';
import { Clock } from '../ports/clock';
import { BrokerBacklog, EventBroker } from '../ports/event-broker';

const BATCH = 100;
// A claim outlives any publish: the broker's confirm or the connection's failure comes well before.
const CLAIM_SECONDS = 30;

/**
 * One round of handing events to the message broker: an event leaves the backlog only after the
 * broker confirmed it, so a broker outage delays events and loses none. An event the broker
 * confirmed just before a crash may go out again: consumers de-duplicate by message id.
 */
@injectable()
export class PublishPendingEvents {
  constructor(
    @inject(BrokerBacklog) private readonly backlog: BrokerBacklog,
    @inject(EventBroker) private readonly broker: EventBroker,
    @inject(Clock) private readonly clock: Clock,
  ) {}

  /** Returns how many events were published. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    const events = await this.backlog.claim(now, new Date(now.getTime() + CLAIM_SECONDS * 1000), BATCH);
    if (events.length === 0) return 0;
    const ids = events.map((event) => event.id);
    try {
      await this.broker.publish(events);
    } catch (error) {
      await this.backlog.release(ids);
      throw error;
    }
    await this.backlog.markPublished(ids, this.clock.now());
    return events.length;
  }
}
