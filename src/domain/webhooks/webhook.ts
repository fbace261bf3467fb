import type { EventType } from '../events/event-types';

/** Every event type, now and later. */
export const ALL_EVENTS = '*';
export type Subscription = EventType | typeof ALL_EVENTS;

export interface WebhookFields {
  url: string;
  events: Subscription[];
  description: string | null;
  active: boolean;
}

export interface Webhook extends WebhookFields {
  id: number;
  /** `whsec_` and the base64 of the random key deliveries are signed with. */
  secret: string;
  createdAt: Date;
  updatedAt: Date;
}

export const subscribes = (webhook: Pick<Webhook, 'events'>, type: EventType): boolean =>
  webhook.events.includes(ALL_EVENTS) || webhook.events.includes(type);
