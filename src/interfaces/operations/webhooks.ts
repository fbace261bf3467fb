import { idInput } from '../../application/shared/ids';
import { pageOf } from '../../application/shared/pagination';
import { CreateWebhook } from '../../application/webhooks/create-webhook';
import { DeleteWebhook } from '../../application/webhooks/delete-webhook';
import { deliveryView } from '../../application/webhooks/delivery-view';
import { GetWebhook } from '../../application/webhooks/get-webhook';
import { ListDeliveries } from '../../application/webhooks/list-deliveries';
import { ListWebhooks } from '../../application/webhooks/list-webhooks';
import { RetryDelivery } from '../../application/webhooks/retry-delivery';
import {
  createWebhookInput,
  listDeliveriesInput,
  listWebhooksInput,
  retryDeliveryInput,
  updateWebhookInput,
} from '../../application/webhooks/schemas';
import { UpdateWebhook } from '../../application/webhooks/update-webhook';
import { createdWebhookView, webhookView } from '../../application/webhooks/webhook-view';
import { operation } from '../operation';

const webhookPage = pageOf(webhookView).meta({ id: 'WebhookPage' });
const deliveryPage = pageOf(deliveryView).meta({ id: 'WebhookDeliveryPage' });

export const webhooks = {
  list: operation({
    method: 'get',
    path: '/webhooks',
    summary: 'The webhooks, newest first',
    access: 'admin',
    input: listWebhooksInput,
    output: webhookPage,
    responses: { 200: 'A page of webhooks.' },
    useCase: ListWebhooks,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  byId: operation({
    method: 'get',
    path: '/webhooks/{id}',
    summary: 'One webhook',
    access: 'admin',
    input: idInput,
    output: webhookView,
    responses: { 200: 'The webhook.' },
    problems: ['NOT_FOUND'],
    useCase: GetWebhook,
    run: (get, input, { actor }) => get.execute(input, actor),
  }),
  create: operation({
    method: 'post',
    path: '/webhooks',
    summary: 'Subscribe a URL to events',
    description:
      'Events are POSTed signed as Standard Webhooks with the secret in the answer, which is shown only here. ' +
      'Private and loopback targets are refused unless `WEBHOOK_ALLOW_PRIVATE_URLS=true`; link-local ones always.',
    access: 'admin',
    input: createWebhookInput,
    output: createdWebhookView,
    responses: { 201: 'The webhook with its signing secret.' },
    useCase: CreateWebhook,
    run: (create, input, { actor }) => create.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/webhooks/{id}',
    summary: 'Change a webhook',
    access: 'admin',
    input: updateWebhookInput,
    output: webhookView,
    responses: { 200: 'The webhook after the change.' },
    problems: ['NOT_FOUND'],
    useCase: UpdateWebhook,
    run: (update, input, { actor }) => update.execute(input, actor),
  }),
  delete: operation({
    method: 'delete',
    path: '/webhooks/{id}',
    summary: 'Delete a webhook and its deliveries',
    access: 'admin',
    input: idInput,
    responses: { 204: 'Deleted.' },
    problems: ['NOT_FOUND'],
    useCase: DeleteWebhook,
    run: (remove, input, { actor }) => remove.execute(input, actor),
  }),
  deliveries: operation({
    method: 'get',
    path: '/webhooks/{id}/deliveries',
    summary: "A webhook's deliveries, newest first",
    access: 'admin',
    input: listDeliveriesInput,
    output: deliveryPage,
    responses: { 200: 'A page of deliveries.' },
    problems: ['NOT_FOUND'],
    useCase: ListDeliveries,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  retryDelivery: operation({
    method: 'post',
    path: '/webhooks/{id}/deliveries/{deliveryId}/retry',
    summary: 'Queue a delivery again',
    description: 'It becomes `pending` with `attempts` back at 0, whatever became of it.',
    access: 'admin',
    input: retryDeliveryInput,
    output: deliveryView,
    responses: { 202: 'The delivery, queued again.' },
    problems: ['NOT_FOUND'],
    useCase: RetryDelivery,
    run: (retry, input, { actor }) => retry.execute(input, actor),
  }),
};
