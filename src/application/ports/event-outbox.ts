import type { EventType } from '../../domain/events/event-types';

export interface NewEvent {
  type: EventType;
  data: Record<string, unknown>;
}

/**
 * Records events in the unit of work of the change they tell of, so that an event exists exactly
 * when its change was committed; each gets a delivery to every active webhook subscribed to it.
 */
export interface EventOutbox {
  record(event: NewEvent): Promise<void>;
}
export const EventOutbox = Symbol('EventOutbox');
