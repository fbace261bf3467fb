import { describe, expect, it } from 'vitest';
import { admin, customer } from '../../../test/fixtures/catalog';
import { webhooksFixture } from '../../../test/fixtures/webhooks';

describe('webhook administration', () => {
  it('creates a webhook with a secret shown once, and lists and reads it without', async () => {
    const { subscribe, getWebhook, webhookList } = webhooksFixture();
    const created = await subscribe({ events: ['order.placed', 'order.placed', 'order.cancelled'], description: 'Fulfilment' });

    expect(created).toMatchObject({ events: ['order.placed', 'order.cancelled'], description: 'Fulfilment', active: true });
    expect(created.secret).toMatch(/^whsec_/);
    const read = await getWebhook.execute({ id: created.id }, admin);
    expect(read).not.toHaveProperty('secret');
    await expect(webhookList()).resolves.toMatchObject({ items: [read], total: 1 });
  });

  it('refuses a target the transport refuses, on create and update alike', async () => {
    const { subscribe, updateWebhook } = webhooksFixture();
    await expect(subscribe({ url: 'https://refused.example/h' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const webhook = await subscribe();
    await expect(updateWebhook.execute({ id: webhook.id, url: 'https://refused.example/h' }, admin)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('changes only the fields given, and deletes', async () => {
    const { subscribe, updateWebhook, deleteWebhook, getWebhook } = webhooksFixture();
    const webhook = await subscribe({ description: 'Mail' });
    await expect(updateWebhook.execute({ id: webhook.id, events: ['product.deleted'] }, admin)).resolves.toMatchObject({
      url: webhook.url,
      events: ['product.deleted'],
      description: 'Mail',
    });
    await deleteWebhook.execute({ id: webhook.id }, admin);
    await expect(getWebhook.execute({ id: webhook.id }, admin)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteWebhook.execute({ id: webhook.id }, admin)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is for admins only', async () => {
    const { getWebhook, subscribe } = webhooksFixture();
    const webhook = await subscribe();
    await expect(getWebhook.execute({ id: webhook.id }, customer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
