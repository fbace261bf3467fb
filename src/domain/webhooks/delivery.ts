import type { EventType } from '../events/event-types';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event on its way to one webhook. */
export interface Delivery {
  id: number;
  webhookId: number;
  eventId: string;
  eventType: EventType;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface RetryPolicy {
  baseSeconds: number;
  maxAttempts: number;
}

/** What an attempt tells: a 2xx answer delivers; anything else, or no answer, is a failure. */
export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
}

export const isSuccess = (outcome: AttemptOutcome): boolean =>
  outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;

/**
 * The delivery after an attempt: delivered, tried again after a delay that doubles with each
 * attempt (jittered between half and the whole of it, so receivers coming back are not
 * stampeded), or dead once the attempts are spent. `random` is in [0, 1).
 */
export function afterAttempt(delivery: Delivery, outcome: AttemptOutcome, now: Date, policy: RetryPolicy, random: number): Delivery {
  const attempts = delivery.attempts + 1;
  const recorded = { ...delivery, attempts, lastStatusCode: outcome.statusCode, lastError: outcome.error };
  if (isSuccess(outcome)) return { ...recorded, status: 'delivered', deliveredAt: now, nextAttemptAt: null, lastError: null };
  if (attempts >= policy.maxAttempts) return { ...recorded, status: 'dead', nextAttemptAt: null };
  const delayMs = policy.baseSeconds * 1000 * 2 ** (attempts - 1) * (0.5 + random / 2);
  return { ...recorded, status: 'pending', nextAttemptAt: new Date(now.getTime() + delayMs) };
}

/** A manual retry: pending again, from the first attempt, due now. */
export const retried = (delivery: Delivery, now: Date): Delivery => ({ ...delivery, status: 'pending', attempts: 0, nextAttemptAt: now });
