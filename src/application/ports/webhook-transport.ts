import type { AttemptOutcome } from '../../domain/webhooks/delivery';

/** Where webhooks may point, and how an event reaches one. */
export interface WebhookTransport {
  /** A new signing secret: `whsec_` and the base64 of random bytes. */
  newSecret(): string;
  /** Throws ValidationError on `url` for a target the shop may not call. */
  assertAllowedTarget(url: string): Promise<void>;
  /** POSTs the body signed with the secret; a refused target or no answer is a failed outcome, never a throw. */
  send(target: { url: string; secret: string }, eventId: string, body: string): Promise<AttemptOutcome>;
}
export const WebhookTransport = Symbol('WebhookTransport');
