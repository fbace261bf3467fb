import { z } from 'zod';
import { EVENT_TYPES } from '../../domain/events/event-types';
import { ALL_EVENTS, type Webhook } from '../../domain/webhooks/webhook';
import { id } from '../shared/ids';
import { timestamp } from '../shared/view-fields';

export const webhookView = z
  .object({
    id,
    url: z.string(),
    events: z.array(z.enum([...EVENT_TYPES, ALL_EVENTS])),
    description: z.string().nullable(),
    active: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Webhook' });
export type WebhookView = z.infer<typeof webhookView>;

export const createdWebhookView = webhookView
  .extend({ secret: z.string().meta({ description: 'The signing secret; shown only now.' }) })
  .meta({ id: 'CreatedWebhook' });
export type CreatedWebhookView = z.infer<typeof createdWebhookView>;

export function toWebhookView(webhook: Webhook): WebhookView {
  return {
    id: webhook.id,
    url: webhook.url,
    events: webhook.events,
    description: webhook.description,
    active: webhook.active,
    createdAt: webhook.createdAt.toISOString(),
    updatedAt: webhook.updatedAt.toISOString(),
  };
}
