import { QueryTypes } from 'sequelize';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRelay } from '../../src/server/relay';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';
import { type Receiver, eventually, startReceiver } from '../support/webhook-receiver';

describeEachDatabase('webhooks', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let stopRelay: () => Promise<void>;
  const receivers: Receiver[] = [];
  beforeAll(async () => {
    app = await startTestApp(kind, { WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    admin = await signInAsAdmin(app);
    stopRelay = startRelay(app.application);
  });
  afterAll(async () => {
    await stopRelay?.();
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await app?.close();
  });

  async function subscribe(answer?: Parameters<typeof startReceiver>[0], events: string[] = ['*']) {
    const receiver = await startReceiver(answer);
    receivers.push(receiver);
    const webhook = await app.http.post('/webhooks').set(admin.auth).send({ url: receiver.url, events }).expect(201);
    return { receiver, webhook: webhook.body as { id: number; secret: string } };
  }

  const deliveriesOf = async (webhookId: number, query = '') =>
    (await app.http.get(`/webhooks/${webhookId}/deliveries${query}`).set(admin.auth).expect(200)).body;

  it('deliver every event type, signed, with the order or product as the API shows it', async () => {
    const { receiver, webhook } = await subscribe();
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const customer = await signUpAndLogIn(app);
    const product = await createProduct(app, admin, { quantity: 10 });
    await app.http.put(`/products/${product.id}`).set(admin.auth).send({ price: 12 }).expect(200);
    await fillCart(app, customer, [[product.id, 1]]);
    const placed = (await placeOrder(app, customer).expect(201)).body;
    for (const status of ['confirmed', 'shipped', 'delivered']) {
      await app.http.patch(`/orders/${placed.orderId}/status`).set(admin.auth).send({ status }).expect(200);
    }
    await fillCart(app, customer, [[product.id, 1]]);
    const cancelled = (await placeOrder(app, customer).expect(201)).body;
    await app.http.post(`/order/${cancelled.orderId}/cancel`).set(customer.auth).expect(200);
    await app.http.delete(`/products/${product.id}`).set(admin.auth).expect(204);

    const types = [
      'product.created',
      'product.updated',
      'order.placed',
      'order.confirmed',
      'order.shipped',
      'order.delivered',
      'order.placed',
      'order.cancelled',
      'product.deleted',
    ];
    await eventually(() => expect(receiver.received.map((entry) => entry.event.type).sort()).toEqual([...types].sort()));
    expect(receiver.received.every((entry) => receiver.verifies(webhook.secret, entry))).toBe(true);
    expect(receiver.received.every((entry) => entry.headers['webhook-id'] === entry.event.id)).toBe(true);
    const byType = (type: string) => receiver.received.filter((entry) => entry.event.type === type).map((entry) => entry.event.data);
    expect(byType('order.delivered')).toEqual([
      { order: (await app.http.get(`/order/${placed.orderId}`).set(customer.auth).expect(200)).body },
    ]);
    expect(byType('product.updated')).toEqual([{ product: expect.objectContaining({ id: product.id, price: 12 }) }]);
    expect(byType('product.deleted')).toEqual([{ product: { id: product.id } }]);
    await eventually(async () => expect((await deliveriesOf(webhook.id, '?status=delivered')).total).toBe(types.length));
  });

  it('deliver only the types a webhook subscribes to, and nothing to an inactive one', async () => {
    const { receiver } = await subscribe(undefined, ['product.deleted']);
    const { receiver: paused, webhook: pausedHook } = await subscribe();
    await app.http.put(`/webhooks/${pausedHook.id}`).set(admin.auth).send({ active: false }).expect(200);
    const product = await createProduct(app, admin);
    await app.http.delete(`/products/${product.id}`).set(admin.auth).expect(204);

    await eventually(() => expect(receiver.received.map((entry) => entry.event.type)).toEqual(['product.deleted']));
    expect(paused.received).toEqual([]);
  });

  it('retry a failing receiver until it answers: the third attempt delivers', async () => {
    const { receiver, webhook } = await subscribe((_, count) => (count <= 2 ? 500 : 200), ['product.created']);
    await createProduct(app, admin);

    await eventually(() => expect(receiver.received).toHaveLength(3), 15_000);
    const [delivery] = (await eventually(async () => {
      const page = await deliveriesOf(webhook.id, '?status=delivered');
      expect(page.total).toBe(1);
      return page;
    })).items;
    expect(delivery).toMatchObject({ eventType: 'product.created', status: 'delivered', attempts: 3, lastStatusCode: 200 });
    expect(new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size).toBe(1);
  });

  it('mark a delivery dead after the last attempt, and deliver it after a manual retry', async () => {
    let failing = true;
    const { receiver, webhook } = await subscribe(() => (failing ? 503 : 204), ['product.created']);
    await createProduct(app, admin);

    const dead = await eventually(async () => {
      const page = await deliveriesOf(webhook.id, '?status=dead');
      expect(page.total).toBe(1);
      return page.items[0];
    }, 20_000);
    expect(dead).toMatchObject({ attempts: 3, lastStatusCode: 503, nextAttemptAt: null });

    failing = false;
    const retried = await app.http.post(`/webhooks/${webhook.id}/deliveries/${dead.id}/retry`).set(admin.auth).expect(202);
    expect(retried.body).toMatchObject({ id: dead.id, status: 'pending', attempts: 0 });
    await eventually(async () => expect((await deliveriesOf(webhook.id, '?status=delivered')).total).toBe(1));
    expect(receiver.received).toHaveLength(4);
  });

  it('never slow a checkout down with a receiver that sleeps', async () => {
    await subscribe(() => new Promise((resolve) => setTimeout(() => resolve(204), 5_000)), ['order.placed']);
    const customer = await signUpAndLogIn(app);
    const product = await createProduct(app, admin);
    await fillCart(app, customer, [[product.id, 1]]);
    const started = Date.now();
    await placeOrder(app, customer).expect(201);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('write no event for a checkout that fails', async () => {
    const { receiver } = await subscribe(undefined, ['order.placed']);
    const customer = await signUpAndLogIn(app);
    const product = await createProduct(app, admin, { quantity: 1 });
    await fillCart(app, customer, [[product.id, 1]]);
    await app.http.put(`/products/${product.id}`).set(admin.auth).send({ quantity: 0 }).expect(200);
    await placeOrder(app, customer).expect(409);
    await app.http.post('/order').set(customer.auth).send({ expectedTotalPrice: 0.01 }).expect(409);

    const events = await app.application.database.sequelize.query<{ body: string }>("SELECT body FROM events WHERE type = 'order.placed'", {
      type: QueryTypes.SELECT,
    });
    expect(events.filter(({ body }) => JSON.parse(body).data.order.userId === customer.userId)).toEqual([]);
    expect(receiver.received).toEqual([]);
  });

  it('refuse link-local targets always, unknown event types, and answer 404 for unknown webhooks', async () => {
    const metadata = await app.http.post('/webhooks').set(admin.auth).send({ url: 'http://169.254.169.254/latest', events: ['*'] }).expect(400);
    expect(metadata.body.errors).toEqual([expect.objectContaining({ path: 'url' })]);
    const unknownType = await app.http.post('/webhooks').set(admin.auth).send({ url: 'https://example.com/h', events: ['order.lost'] }).expect(400);
    expect(unknownType.body.errors[0].path).toMatch(/^events/);
    await app.http.post('/webhooks').set(admin.auth).send({ url: 'https://example.com/h', events: [] }).expect(400);
    await app.http.get('/webhooks/987654').set(admin.auth).expect(404);
    await app.http.post('/webhooks/987654/deliveries/1/retry').set(admin.auth).expect(404);
    const customer = await signUpAndLogIn(app);
    await app.http.get('/webhooks').set(customer.auth).expect(403);
  });

  it('show the secret only when created', async () => {
    const { webhook } = await subscribe();
    const read = await app.http.get(`/webhooks/${webhook.id}`).set(admin.auth).expect(200);
    expect(read.body).not.toHaveProperty('secret');
    const list = await app.http.get('/webhooks').set(admin.auth).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(webhook.secret);
  });
});
