import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart } from '../support/orders';
import { listeningTestApp } from '../support/listening-app';
import { describeEachDatabase } from '../support/test-app';

describeEachDatabase('orders under concurrency', (kind) => {
  const suite = listeningTestApp(kind);
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await signInAsAdmin(suite.app);
  });

  it('sells the last 10 units to exactly 10 of 40 racing customers', async () => {
    const product = await createProduct(suite.app, admin, { quantity: 10 });
    const customers = await Promise.all(Array.from({ length: 40 }, () => signUpAndLogIn(suite.app)));
    for (const customer of customers) await fillCart(suite.app, customer, [[product.id, 1]]);

    const answers = await Promise.all(customers.map((customer) => suite.http.post('/order').set(customer.auth)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(30);
    expect(answers.filter((answer) => answer.status === 409).every((answer) => answer.body.code === 'INSUFFICIENT_STOCK')).toBe(true);
    expect(await stockOf(suite.app, product.id)).toBe(0);
    const sold = await suite.app.http.get(`/orders?pageSize=100`).set(admin.auth).expect(200);
    const lines = sold.body.items.flatMap((order: { products: { productId: number; quantity: number }[] }) => order.products);
    expect(lines.filter((line: { productId: number }) => line.productId === product.id)).toHaveLength(10);
  });

  it('places one order for 10 concurrent requests with one Idempotency-Key', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, admin, { quantity: 20 });
    await fillCart(suite.app, customer, [[product.id, 3]]);

    const answers = await Promise.all(
      Array.from({ length: 10 }, () => suite.http.post('/order').set(customer.auth).set('Idempotency-Key', 'once')),
    );
    expect(answers.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.orderId)).size).toBe(1);
    expect(await stockOf(suite.app, product.id)).toBe(17);
    expect((await suite.app.http.get('/order').set(customer.auth)).body.total).toBe(1);
  });

  it('never lets a deadlock reach a client when two customers buy the same products in opposite order', async () => {
    const [first, second] = [await createProduct(suite.app, admin, { quantity: 1000 }), await createProduct(suite.app, admin, { quantity: 1000 })];
    const [ann, bob] = [await signUpAndLogIn(suite.app), await signUpAndLogIn(suite.app)];
    const rounds = 15;
    for (let round = 0; round < rounds; round++) {
      await fillCart(suite.app, ann, [[first.id, 1], [second.id, 1]]);
      await fillCart(suite.app, bob, [[second.id, 1], [first.id, 1]]);
      const answers = await Promise.all([suite.http.post('/order').set(ann.auth), suite.http.post('/order').set(bob.auth)]);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    }
    expect([await stockOf(suite.app, first.id), await stockOf(suite.app, second.id)]).toEqual([1000 - 2 * rounds, 1000 - 2 * rounds]);
  });

  it('keeps every stock update when an admin edits the product during checkouts', async () => {
    const product = await createProduct(suite.app, admin, { quantity: 100 });
    const customers = await Promise.all(Array.from({ length: 8 }, () => signUpAndLogIn(suite.app)));
    for (const customer of customers) await fillCart(suite.app, customer, [[product.id, 2]]);
    const answers = await Promise.all([
      ...customers.map((customer) => suite.http.post('/order').set(customer.auth)),
      ...customers.map((_, n) => suite.http.put(`/products/${product.id}`).set(admin.auth).send({ name: `Renamed ${n}` })),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(8).fill(200), ...Array(8).fill(201)]);
    expect(await stockOf(suite.app, product.id)).toBe(100 - 2 * 8);
  });

  it('lets exactly one of a concurrent cancel and ship win', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, admin, { quantity: 100 });
    for (let round = 0; round < 6; round++) {
      await fillCart(suite.app, customer, [[product.id, 5]]);
      const { orderId } = (await suite.http.post('/order').set(customer.auth).expect(201)).body;
      await suite.http.patch(`/orders/${orderId}/status`).set(admin.auth).send({ status: 'confirmed' }).expect(200);
      const before = await stockOf(suite.app, product.id);

      const [cancel, ship] = await Promise.all([
        suite.http.post(`/order/${orderId}/cancel`).set(admin.auth),
        suite.http.patch(`/orders/${orderId}/status`).set(admin.auth).send({ status: 'shipped' }),
      ]);
      expect([cancel.status, ship.status].sort()).toEqual([200, 409]);
      const final = (await suite.http.get(`/order/${orderId}`).set(admin.auth)).body.status;
      expect(final).toBe(cancel.status === 200 ? 'cancelled' : 'shipped');
      expect(await stockOf(suite.app, product.id)).toBe(cancel.status === 200 ? before + 5 : before);
    }
  });
});
