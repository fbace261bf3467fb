import { QueryTypes } from 'sequelize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay } from '../../src/server/relay';
import { PASSWORD, type SignedIn, logIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { TEST_AMQP_URL, startBroker, stopBroker, testQueue } from '../support/amqp';
import { createProduct } from '../support/catalog';
import { DATABASES, isAvailable } from '../support/databases';
import { type Instances, startInstances } from '../support/instances';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, startTestApp } from '../support/test-app';
import { eventually } from '../support/webhook-receiver';

for (const kind of DATABASES) {
  const available = Boolean(TEST_AMQP_URL) && isAvailable(kind);
  const label = available ? kind.label : `${kind.label}: skipped, TEST_AMQP_URL${kind.urlVariable ? ` and ${kind.urlVariable}` : ''} must be set`;

  describe.skipIf(!available)(`events on RabbitMQ [${label}]`, () => {
    const queue = testQueue();
    let app: TestApp;
    let admin: SignedIn;
    let stopRelay: () => Promise<void>;
    beforeAll(async () => {
      await queue.declare();
      app = await startTestApp(kind, { AMQP_URL: TEST_AMQP_URL!, AMQP_EXCHANGE: queue.exchange });
      admin = await signInAsAdmin(app);
      stopRelay = startRelay(app.application);
    });
    afterAll(async () => {
      await stopRelay?.();
      await app?.close();
      await queue.remove();
    });

    const recordedEvents = () =>
      app.application.database.sequelize.query<{ id: string; body: string; published_at: Date | null }>(
        'SELECT id, body, published_at FROM events',
        { type: QueryTypes.SELECT },
      );

    it('publishes every event, persistent, routed by type, with the event id as message id, through a broker outage', async () => {
      const customer = await signUpAndLogIn(app);
      const product = await createProduct(app, admin, { quantity: 100 });
      await fillCart(app, customer, [[product.id, 1]]);
      await placeOrder(app, customer).expect(201);
      await eventually(async () => expect((await recordedEvents()).every((event) => event.published_at !== null)).toBe(true));

      await stopBroker();
      try {
        for (let order = 0; order < 3; order++) {
          await fillCart(app, customer, [[product.id, 1]]);
          await placeOrder(app, customer).expect(201);
        }
        expect((await recordedEvents()).filter((event) => event.published_at === null)).toHaveLength(3);
      } finally {
        await startBroker();
      }

      await eventually(async () => expect((await recordedEvents()).every((event) => event.published_at !== null)).toBe(true), 30_000);
      const messages = await queue.drain();
      const byId = new Map(messages.map((message) => [message.properties.messageId as string, message]));
      const recorded = await recordedEvents();
      expect([...byId.keys()].sort()).toEqual(recorded.map((event) => event.id).sort());
      for (const event of recorded) {
        const message = byId.get(event.id)!;
        expect(message.content.toString()).toBe(event.body);
        expect(message.fields.routingKey).toBe(JSON.parse(event.body).type);
        expect(message.properties.deliveryMode).toBe(2);
      }
      expect(recorded.filter((event) => JSON.parse(event.body).type === 'order.placed')).toHaveLength(4);
    }, 90_000);
  });
}

// Several instances need a database server.
for (const kind of DATABASES.filter((candidate) => candidate.name !== 'sqlite')) {
  const available = Boolean(TEST_AMQP_URL) && isAvailable(kind);
  const label = available ? kind.label : `${kind.label}: skipped, TEST_AMQP_URL and ${kind.urlVariable} must be set`;

  describe.skipIf(!available)(`events on RabbitMQ from two instances [${label}]`, () => {
    const queue = testQueue();
    let started: Instances;
    const stopRelays: (() => Promise<void>)[] = [];
    beforeAll(async () => {
      await queue.declare();
      started = await startInstances(kind, 2, { AMQP_URL: TEST_AMQP_URL!, AMQP_EXCHANGE: queue.exchange });
      stopRelays.push(...started.instances.map((instance) => startRelay(instance.application)));
    });
    afterAll(async () => {
      await Promise.all(stopRelays.map((stop) => stop()));
      await started?.close();
      await queue.remove();
    });

    it('publishes each event once while both relays run', async () => {
      const [a, b] = started.instances as [TestApp, TestApp];
      const email = `ops.${Date.now()}@shop.test`;
      await a.application.ensureAdmin({ email, password: PASSWORD });
      const admin = await logIn(a, email);
      for (let product = 0; product < 20; product++) await createProduct(product % 2 ? a : b, admin);

      const published = async () =>
        (await a.application.database.sequelize.query<{ id: string }>('SELECT id FROM events WHERE published_at IS NOT NULL', {
          type: QueryTypes.SELECT,
        })).length;
      await eventually(async () => expect(await published()).toBe(20), 15_000);
      const messages = await queue.drain();
      expect(messages).toHaveLength(20);
      expect(new Set(messages.map((message) => message.properties.messageId)).size).toBe(20);
    });
  });
}
