import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay } from '../../src/server/relay';
import { PASSWORD, type SignedIn, logIn, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { DATABASES, isAvailable } from '../support/databases';
import { type Instances, startInstances } from '../support/instances';
import { deleteKeysUnder, describeWithRedis, uniqueRedisPrefix } from '../support/redis';
import type { TestApp } from '../support/test-app';
import { type Receiver, eventually, startReceiver } from '../support/webhook-receiver';

// SQLite is the single-instance database: several instances need a database server.
const SERVER_DATABASES = DATABASES.filter((kind) => kind.name !== 'sqlite');

describeWithRedis('two instances on one database and one Redis', (redisUrl) => {
  for (const kind of SERVER_DATABASES) {
    const label = isAvailable(kind) ? kind.label : `${kind.label}: skipped, ${kind.urlVariable} is not set`;

    describe.skipIf(!isAvailable(kind))(`[${label}]`, () => {
      const prefix = uniqueRedisPrefix();
      let started: Instances;
      let a: TestApp;
      let b: TestApp;
      let admin: SignedIn;
      let receiver: Receiver;
      const servers: Server[] = [];
      const stopRelays: (() => Promise<void>)[] = [];
      // Each instance listens on its own port, so requests to both really run at once.
      const over = (instance: TestApp) => {
        const server = instance.application.app.listen(0);
        servers.push(server);
        return new Promise<ReturnType<typeof request>>((resolve) =>
          server.once('listening', () => resolve(request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
        );
      };
      let httpA: ReturnType<typeof request>;
      let httpB: ReturnType<typeof request>;

      beforeAll(async () => {
        started = await startInstances(kind, 2, {
          REDIS_URL: redisUrl,
          REDIS_PREFIX: prefix,
          AUTH_RATE_LIMIT_PER_MINUTE: '100000',
          LOGIN_FAILURE_LIMIT: '3',
          WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
        });
        [a, b] = started.instances as [TestApp, TestApp];
        [httpA, httpB] = await Promise.all([over(a), over(b)]);
        const email = uniqueEmail('admin');
        await a.application.ensureAdmin({ email, password: PASSWORD });
        admin = await logIn(a, email);
        receiver = await startReceiver();
        stopRelays.push(startRelay(a.application), startRelay(b.application));
      });
      afterAll(async () => {
        await Promise.all(stopRelays.map((stop) => stop()));
        await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
        await receiver?.close();
        await started?.close();
        await deleteKeysUnder(redisUrl, prefix);
      });

      it('reject on B, at once, a token logged out on A', async () => {
        const customer = await signUpAndLogIn(a);
        await httpB.get('/auth/me').set(customer.auth).expect(200);
        await httpA.post('/auth/logout').set(customer.auth).send({}).expect(204);
        await httpB.get('/auth/me').set(customer.auth).expect(401);
        await httpB.post('/auth/refresh').send({ refreshToken: customer.refreshToken }).expect(401);
      });

      it('count failed logins on both against one limit', async () => {
        const customer = await signUpAndLogIn(a);
        await httpA.post('/auth/login').send({ email: customer.email, password: 'wrong password' }).expect(401);
        await httpB.post('/auth/login').send({ email: customer.email, password: 'wrong password' }).expect(401);
        await httpA.post('/auth/login').send({ email: customer.email, password: 'wrong password' }).expect(401);
        const locked = await httpB.post('/auth/login').send({ email: customer.email, password: PASSWORD }).expect(429);
        expect(locked.body.code).toBe('RATE_LIMITED');
      });

      it("answer on B an admin's price change on A, with a new ETag", async () => {
        const product = await createProduct(a, admin, { price: 10 });
        const before = await httpB.get(`/products/${product.id}`).expect(200);
        await httpA.put(`/products/${product.id}`).set(admin.auth).send({ price: 12.5 }).expect(200);
        const after = await httpB.get(`/products/${product.id}`).set('If-None-Match', before.headers.etag as string).expect(200);
        expect(after.body.price).toBe(12.5);
        expect(after.headers.etag).not.toBe(before.headers.etag);
      });

      it('sell the last 10 units to exactly 10 of 40 buyers spread over both', async () => {
        const product = await createProduct(a, admin, { quantity: 10 });
        const buyers = await Promise.all(Array.from({ length: 40 }, (_, n) => signUpAndLogIn(n % 2 ? a : b)));
        for (const buyer of buyers) await a.http.post('/cart').set(buyer.auth).send({ productId: product.id }).expect(200);

        const answers = await Promise.all(buyers.map((buyer, n) => (n % 2 ? httpA : httpB).post('/order').set(buyer.auth)));

        expect(answers.filter((answer) => answer.status === 201)).toHaveLength(10);
        expect(answers.filter((answer) => answer.status === 409 && answer.body.code === 'INSUFFICIENT_STOCK')).toHaveLength(30);
        expect((await httpB.get(`/products/${product.id}`).expect(200)).body.quantity).toBe(0);
      });

      it('deliver 20 orders placed over both as 20 order.placed events, none lost and none twice, by relays on both', async () => {
        await httpA.post('/webhooks').set(admin.auth).send({ url: receiver.url, events: ['order.placed'] }).expect(201);
        const product = await createProduct(a, admin, { quantity: 100 });
        const buyers = await Promise.all(Array.from({ length: 20 }, (_, n) => signUpAndLogIn(n % 2 ? a : b)));
        for (const buyer of buyers) await a.http.post('/cart').set(buyer.auth).send({ productId: product.id }).expect(200);

        const orders = await Promise.all(buyers.map((buyer, n) => (n % 2 ? httpA : httpB).post('/order').set(buyer.auth).expect(201)));

        await eventually(() => expect(receiver.received).toHaveLength(20), 15_000);
        const delivered = receiver.received.map((entry) => (entry.event.data.order as { orderId: number }).orderId).sort((x, y) => x - y);
        expect(delivered).toEqual(orders.map((order) => order.body.orderId as number).sort((x, y) => x - y));
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(receiver.received).toHaveLength(20);
      });
    });
  }
});
