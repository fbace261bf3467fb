import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { createDiscount } from '../support/discounts';
import { fillCart } from '../support/orders';
import { listeningTestApp } from '../support/listening-app';
import { describeEachDatabase } from '../support/test-app';

describeEachDatabase('discount limits under concurrent checkouts', (kind) => {
  const suite = listeningTestApp(kind);
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await signInAsAdmin(suite.app);
  });

  const timesUsed = async (id: number) => (await suite.app.http.get(`/discounts/${id}`).set(admin.auth).expect(200)).body.timesUsed;

  it('give exactly 5 discounted orders to 25 customers racing for a code limited to 5 uses', async () => {
    const product = await createProduct(suite.app, admin, { price: 20, quantity: 1000 });
    const code = await createDiscount(suite.app, admin, { kind: 'percent', value: 50, usageLimit: 5 });
    const customers = await Promise.all(Array.from({ length: 25 }, () => signUpAndLogIn(suite.app)));
    for (const customer of customers) {
      await fillCart(suite.app, customer, [[product.id, 1]]);
      await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(200);
    }

    const answers = await Promise.all(customers.map((customer) => suite.http.post('/order').set(customer.auth)));

    const placed = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(placed).toHaveLength(5);
    expect(placed.every((answer) => answer.body.discountCode === code.code && answer.body.totalPrice === 10)).toBe(true);
    expect(refused).toHaveLength(20);
    expect(refused.every((answer) => answer.body.code === 'DISCOUNT_NOT_APPLICABLE' && answer.body.reason === 'USAGE_LIMIT_REACHED')).toBe(true);
    expect(await timesUsed(code.id)).toBe(5);
  });

  it('let one customer use a code limited to 1 per customer once, from 10 parallel checkouts', async () => {
    const product = await createProduct(suite.app, admin, { price: 20, quantity: 1000 });
    const code = await createDiscount(suite.app, admin, { kind: 'fixed', value: 5, perCustomerLimit: 1 });
    const customer = await signUpAndLogIn(suite.app);

    // Each attempt fills the cart, puts the code on and checks out, all ten interleaved.
    await Promise.all(
      Array.from({ length: 10 }, async (_, attempt) => {
        await suite.http.post('/cart').set(customer.auth).send({ productId: product.id });
        await suite.http.put('/cart/discount').set(customer.auth).send({ code: code.code });
        await suite.http.post('/order').set(customer.auth).set('Idempotency-Key', `attempt-${attempt}`);
      }),
    );

    const orders = (await suite.app.http.get('/order?pageSize=100').set(customer.auth).expect(200)).body.items as { discountCode: string | null }[];
    expect(orders.length).toBeGreaterThanOrEqual(1);
    expect(orders.filter((order) => order.discountCode === code.code)).toHaveLength(1);
    expect(await timesUsed(code.id)).toBe(1);
  });
});
