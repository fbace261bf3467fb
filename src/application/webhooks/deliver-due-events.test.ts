import { describe, expect, it } from 'vitest';
import { webhooksFixture } from '../../../test/fixtures/webhooks';
import { admin } from '../../../test/fixtures/catalog';

async function withProductEvent() {
  const fixture = webhooksFixture();
  const webhook = await fixture.subscribe({ events: ['product.created'] });
  const category = await fixture.category('Lamps');
  await fixture.product({ categoryId: category.id, name: 'Desk lamp' });
  return { ...fixture, webhook };
}

describe('DeliverDueEvents', () => {
  it('sends each due delivery once, the event as recorded, and marks it delivered', async () => {
    const { deliverDue, transport, events, deliveries, webhook } = await withProductEvent();

    expect(await deliverDue.execute()).toHaveLength(1);
    expect(await deliverDue.execute()).toHaveLength(0);

    expect(transport.sent).toHaveLength(1);
    expect(JSON.parse(transport.sent[0]!.body)).toEqual(events.events[0]);
    expect(transport.sent[0]!.eventId).toBe(events.events[0]!.id);
    await expect(deliveries(webhook.id)).resolves.toMatchObject({ items: [{ status: 'delivered', attempts: 1, lastStatusCode: 204 }] });
  });

  it('waits out the growing delay before trying a failed delivery again, and gives up after the last attempt', async () => {
    const { deliverDue, transport, clock, deliveries, webhook } = await withProductEvent();
    transport.statuses = [500, null, 503];

    await deliverDue.execute();
    expect(await deliverDue.execute()).toHaveLength(0);
    clock.advanceSeconds(5);
    expect(await deliverDue.execute()).toHaveLength(1);
    clock.advanceSeconds(10);
    expect(await deliverDue.execute()).toHaveLength(1);

    await expect(deliveries(webhook.id)).resolves.toMatchObject({
      items: [{ status: 'dead', attempts: 3, lastStatusCode: 503, nextAttemptAt: null }],
    });
    clock.advanceSeconds(3600);
    expect(await deliverDue.execute()).toHaveLength(0);
  });

  it('delivers a dead delivery after a manual retry, from its first attempt', async () => {
    const { deliverDue, transport, clock, deliveries, retryDelivery, webhook } = await withProductEvent();
    transport.statuses = [500, 500, 500];
    for (let round = 0; round < 3; round++) {
      await deliverDue.execute();
      clock.advanceSeconds(60);
    }
    const [dead] = (await deliveries(webhook.id, { status: 'dead' })).items;

    await expect(retryDelivery.execute({ id: webhook.id, deliveryId: dead!.id }, admin)).resolves.toMatchObject({ status: 'pending', attempts: 0 });
    await deliverDue.execute();
    await expect(deliveries(webhook.id)).resolves.toMatchObject({ items: [{ status: 'delivered', attempts: 1 }] });
  });

  it('holds the deliveries of an inactive webhook until it is active again', async () => {
    const { deliverDue, updateWebhook, transport, webhook } = await withProductEvent();
    await updateWebhook.execute({ id: webhook.id, active: false }, admin);
    expect(await deliverDue.execute()).toHaveLength(0);
    await updateWebhook.execute({ id: webhook.id, active: true }, admin);
    expect(await deliverDue.execute()).toHaveLength(1);
    expect(transport.sent).toHaveLength(1);
  });
});
