/** An event as it leaves the shop: its id, its type and its body, byte for byte as recorded. */
export interface OutgoingEvent {
  id: string;
  type: string;
  body: string;
}

/** A message broker other systems read events from. */
export interface EventBroker {
  /** Resolves once the broker has confirmed every event; throws when it has not. */
  publish(events: OutgoingEvent[]): Promise<void>;
}
export const EventBroker = Symbol('EventBroker');

/** The events the broker has not confirmed yet. */
export interface BrokerBacklog {
  /**
   * Claims up to `limit` of them, oldest first, until `claimedUntil`, each in one atomic step:
   * meanwhile no other claim takes them, so that of several relays one publishes an event.
   */
  claim(now: Date, claimedUntil: Date, limit: number): Promise<OutgoingEvent[]>;
  markPublished(ids: string[], at: Date): Promise<void>;
  /** Lets go of claimed events the broker did not take, for the next round to claim again. */
  release(ids: string[]): Promise<void>;
}
export const BrokerBacklog = Symbol('BrokerBacklog');
