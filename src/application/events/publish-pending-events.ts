import { inject, injectable } from 'tsyringe';
import { Clock } from '../ports/clock';
import { BrokerBacklog, EventBroker } from '../ports/event-broker';

const BATCH = 100;

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
    const events = await this.backlog.next(BATCH);
    if (events.length === 0) return 0;
    await this.broker.publish(events);
    await this.backlog.markPublished(events.map((event) => event.id), this.clock.now());
    return events.length;
  }
}
