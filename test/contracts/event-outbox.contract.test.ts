import { expect, it } from 'vitest';
import type { DueDelivery } from '../../src/application/ports/delivery-repository';
import type { WebhookFields } from '../../src/domain/webhooks/webhook';
import { type Adapters, describeEachAdapter } from './adapters';
import { unique } from './builders';

const SECOND = 1000;

function webhookFields(overrides: Partial<WebhookFields> = {}): WebhookFields & { secret: string } {
  return { url: `https://hooks.example/${unique('in')}`, events: ['*'], description: null, active: true, secret: `whsec_${unique('k')}`, ...overrides };
}

describeEachAdapter('EventOutbox, WebhookRepository and DeliveryRepository contract', (adapters) => {
  const record = (a: Adapters, type: 'product.created' | 'order.placed', data: Record<string, unknown> = { product: { id: 1 } }) =>
    a.uow.run(() => a.outbox.record({ type, data }));
  // Far in the future, so deliveries other tests left pending never count here.
  const claimAll = (a: Adapters, at: Date, until = new Date(at.getTime() + 30 * SECOND)) => a.uow.run(() => a.deliveries.claimDue(at, until, 1000));
  const mine = (due: DueDelivery[], webhookId: number) => due.filter(({ delivery }) => delivery.webhookId === webhookId);

  it('keeps webhooks: create, read, update, list newest first, delete', async () => {
    const a = adapters();
    const created = await a.uow.run(() => a.webhooks.create(webhookFields({ events: ['order.placed'], description: 'Mail' })));
    expect(await a.webhooks.findById(created.id)).toEqual(created);
    const later = await a.uow.run(() => a.webhooks.create(webhookFields()));
    const changed = await a.uow.run(() => a.webhooks.update(created.id, { ...created, events: ['*'], active: false }));
    expect(changed).toMatchObject({ id: created.id, events: ['*'], active: false, secret: created.secret });
    const listed = await a.webhooks.list({ page: 1, pageSize: 100 });
    expect(listed.items.map((webhook) => webhook.id).indexOf(later.id)).toBeLessThan(listed.items.map((webhook) => webhook.id).indexOf(created.id));
    expect(await a.uow.run(() => a.webhooks.delete(created.id))).toBe(true);
    expect(await a.webhooks.findById(created.id)).toBeNull();
    expect(await a.uow.run(() => a.webhooks.delete(created.id))).toBe(false);
  });

  it('makes a delivery per active webhook subscribed to an event, carrying the event as recorded', async () => {
    const a = adapters();
    const all = await a.uow.run(() => a.webhooks.create(webhookFields()));
    const orders = await a.uow.run(() => a.webhooks.create(webhookFields({ events: ['order.placed'] })));
    const paused = await a.uow.run(() => a.webhooks.create(webhookFields({ active: false })));
    const before = new Date(Date.now() - SECOND);
    await record(a, 'product.created', { product: { id: 7, name: 'lamp' } });

    const due = await claimAll(a, new Date(Date.now() + 60 * SECOND));
    expect(mine(due, orders.id)).toEqual([]);
    expect(mine(due, paused.id)).toEqual([]);
    const [delivery] = mine(due, all.id);
    expect(delivery!.target).toEqual({ url: all.url, secret: all.secret });
    const event = JSON.parse(delivery!.body);
    expect(event).toEqual({ id: delivery!.delivery.eventId, type: 'product.created', createdAt: expect.any(String), data: { product: { id: 7, name: 'lamp' } } });
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(event.createdAt).getTime()).toBeGreaterThan(before.getTime());
    expect(delivery!.delivery).toMatchObject({ eventType: 'product.created', status: 'pending', attempts: 0, lastStatusCode: null });
  });

  it('lets one claim take a delivery until the claim runs out, or until its outcome is saved', async () => {
    const a = adapters();
    const webhook = await a.uow.run(() => a.webhooks.create(webhookFields()));
    await record(a, 'order.placed');
    const at = new Date(Date.now() + 120 * SECOND);

    const [first, second] = await Promise.all([claimAll(a, at), claimAll(a, at)]);
    expect(mine(first, webhook.id).length + mine(second, webhook.id).length).toBe(1);
    expect(mine(await claimAll(a, new Date(at.getTime() + 10 * SECOND)), webhook.id)).toEqual([]);
    const [reclaimed] = mine(await claimAll(a, new Date(at.getTime() + 31 * SECOND)), webhook.id);
    expect(reclaimed).toBeDefined();

    const deliveredAt = new Date(at.getTime() + 32 * SECOND);
    await a.uow.run(() => a.deliveries.save({ ...reclaimed!.delivery, status: 'delivered', attempts: 1, lastStatusCode: 204, deliveredAt, nextAttemptAt: null }));
    expect(mine(await claimAll(a, new Date(at.getTime() + 3600 * SECOND)), webhook.id)).toEqual([]);
    expect(await a.deliveries.findOf(webhook.id, reclaimed!.delivery.id)).toEqual({
      ...reclaimed!.delivery,
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      deliveredAt,
      nextAttemptAt: null,
    });
  });

  it("lists a webhook's deliveries newest first, by status, and finds one only through its webhook", async () => {
    const a = adapters();
    const webhook = await a.uow.run(() => a.webhooks.create(webhookFields()));
    const other = await a.uow.run(() => a.webhooks.create(webhookFields({ events: ['product.created'] })));
    await record(a, 'order.placed');
    await record(a, 'product.created');
    const page = await a.deliveries.list(webhook.id, { page: 1, pageSize: 10 });
    expect(page.total).toBe(2);
    expect(page.items.map((delivery) => delivery.eventType)).toEqual(['product.created', 'order.placed']);
    expect((await a.deliveries.list(webhook.id, { page: 1, pageSize: 10, status: 'dead' })).total).toBe(0);
    expect(await a.deliveries.findOf(other.id, page.items[0]!.id)).toBeNull();

    await a.uow.run(() => a.webhooks.delete(webhook.id));
    expect((await a.deliveries.list(webhook.id, { page: 1, pageSize: 10 })).total).toBe(0);
  });
});
