import type { Delivery, DeliveryStatus } from '../../domain/webhooks/delivery';

export interface DeliveryQuery {
  page: number;
  pageSize: number;
  status?: DeliveryStatus;
}

/** A delivery claimed for an attempt, with what the attempt sends. */
export interface DueDelivery {
  delivery: Delivery;
  target: { url: string; secret: string };
  /** The event as receivers get it, byte for byte. */
  body: string;
}

export interface DeliveryRepository {
  /** A webhook's deliveries, newest first, ties by id descending. */
  list(webhookId: number, query: DeliveryQuery): Promise<{ items: Delivery[]; total: number }>;
  /** Null when the webhook has no delivery with this id. */
  findOf(webhookId: number, deliveryId: number): Promise<Delivery | null>;
  /** Writes the delivery's state and lets go of any claim on it. */
  save(delivery: Delivery): Promise<void>;
  /**
   * Claims up to `limit` pending deliveries due at `now` to active webhooks, each in one atomic
   * step, until `claimedUntil`: meanwhile no other claim takes them, so that of several relays one
   * attempts a delivery at a time, and a relay that died lets go when the claim runs out.
   */
  claimDue(now: Date, claimedUntil: Date, limit: number): Promise<DueDelivery[]>;
}
export const DeliveryRepository = Symbol('DeliveryRepository');
