import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describeEachDatabase('a checkout that fails half-way', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
  });
  afterAll(() => app?.close());

  /** Makes one step of the real database work fail, as a lost connection or a full disk would. */
  async function failing<T>(step: 'order lines' | 'cart clearing', work: () => Promise<T>): Promise<T> {
    const { OrderItem, CartItem } = app.application.database.models;
    const fault = () => {
      throw new Error(`injected failure in ${step}`);
    };
    if (step === 'order lines') OrderItem.addHook('beforeBulkCreate', 'fault', fault);
    else CartItem.addHook('beforeBulkDestroy', 'fault', fault);
    try {
      return await work();
    } finally {
      OrderItem.removeHook('beforeBulkCreate', 'fault');
      CartItem.removeHook('beforeBulkDestroy', 'fault');
    }
  }

  it.each(['order lines', 'cart clearing'] as const)(
    'rolls back stock, cart and order when the %s step fails after the stock was taken',
    async (step) => {
      const customer = await signUpAndLogIn(app);
      const [lamp, bulb] = [await createProduct(app, admin, { quantity: 5 }), await createProduct(app, admin, { quantity: 9 })];
      await fillCart(app, customer, [[lamp.id, 2], [bulb.id, 3]]);
      const cartBefore = (await app.http.get('/cart').set(customer.auth)).body;

      const failure = await failing(step, () => placeOrder(app, customer, 'fault-key'));
      expect(failure.status).toBe(500);
      expect(failure.body).toMatchObject({ code: 'INTERNAL_ERROR' });
      expect(JSON.stringify(failure.body)).not.toContain('injected');

      expect([await stockOf(app, lamp.id), await stockOf(app, bulb.id)]).toEqual([5, 9]);
      await app.http.get('/cart').set(customer.auth).expect(200, cartBefore);
      expect((await app.http.get('/order').set(customer.auth)).body.total).toBe(0);

      // The key was not spent by the failed attempt: the retry places the order.
      const retry = await placeOrder(app, customer, 'fault-key').expect(201);
      expect(retry.body.totalPrice).toBe(49.95);
      expect([await stockOf(app, lamp.id), await stockOf(app, bulb.id)]).toEqual([3, 6]);
    },
  );
});
