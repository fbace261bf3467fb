import { z } from 'zod';
import { EVENT_TYPES } from '../../domain/events/event-types';
import { DELIVERY_STATUSES } from '../../domain/webhooks/delivery';
import { ALL_EVENTS } from '../../domain/webhooks/webhook';
import { id } from '../shared/ids';
import { pagination } from '../shared/pagination';
import { text } from '../shared/text';

export const WEBHOOK_URL_MAX_LENGTH = 2048;

const webhookFields = {
  url: z.url({ protocol: /^https?$/ }).max(WEBHOOK_URL_MAX_LENGTH).meta({ description: 'An absolute http(s) URL.' }),
  events: z
    .array(z.enum([...EVENT_TYPES, ALL_EVENTS]))
    .min(1)
    .max(EVENT_TYPES.length + 1)
    .transform((events) => [...new Set(events)])
    .meta({ description: 'The event types it receives, or `["*"]` for all.' }),
  description: text({ max: 500 }).nullish(),
  active: z.boolean(),
};

export const createWebhookInput = z.object({ ...webhookFields, active: webhookFields.active.default(true) });
export type CreateWebhookInput = z.output<typeof createWebhookInput>;

export const updateWebhookInput = z.object({ id, ...webhookFields }).partial().required({ id: true });
export type UpdateWebhookInput = z.output<typeof updateWebhookInput>;

export const listWebhooksInput = z.object(pagination).prefault({});
export type ListWebhooksInput = z.output<typeof listWebhooksInput>;

export const listDeliveriesInput = z.object({ id, ...pagination, status: z.enum(DELIVERY_STATUSES).optional() });
export type ListDeliveriesInput = z.output<typeof listDeliveriesInput>;

export const retryDeliveryInput = z.object({ id, deliveryId: id });
export type RetryDeliveryInput = z.output<typeof retryDeliveryInput>;
