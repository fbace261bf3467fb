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

/** The events the broker has not confirmed yet, oldest first. */
export interface BrokerBacklog {
  next(limit: number): Promise<OutgoingEvent[]>;
  markPublished(ids: string[], at: Date): Promise<void>;
}
export const BrokerBacklog = Symbol('BrokerBacklog');
