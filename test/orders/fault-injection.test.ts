import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

const STEPS = {
  'order lines': /^INSERT INTO \W?order_items\W/,
  'cart clearing': /^DELETE FROM \W?cart_lines\W/,
  // Its connection is closed with the transaction still open, which the database rolls back.
  commit: /^COMMIT/,
};

describeEachDatabase('a checkout that fails half-way', (kind) => {
  const suite = {} as { app: TestApp; admin: SignedIn };
  let failingStatement: RegExp | undefined;
  beforeAll(async () => {
    // Fails a statement as it is sent, as a lost connection or a full disk would.
    suite.app = await startTestApp(kind, {}, (sql) => {
      if (failingStatement?.test(sql.replace(/^Executing \([^)]*\): /, ''))) throw new Error(`injected failure in ${sql}`);
    });
    suite.admin = await signInAsAdmin(suite.app);
  });
  afterAll(() => suite.app?.close());

  /** Makes one step of the real database work fail while `work` runs. */
  async function failing<T>(step: keyof typeof STEPS, work: () => Promise<T>): Promise<T> {
    failingStatement = STEPS[step];
    try {
      return await work();
    } finally {
      failingStatement = undefined;
    }
  }

  it.each(['order lines', 'cart clearing', 'commit'] as const)(
    'rolls back stock, cart and order when the %s step fails after the stock was taken',
    async (step) => {
      const customer = await signUpAndLogIn(suite.app);
      const [lamp, bulb] = [await createProduct(suite.app, suite.admin, { quantity: 5 }), await createProduct(suite.app, suite.admin, { quantity: 9 })];
      await fillCart(suite.app, customer, [[lamp.id, 2], [bulb.id, 3]]);
      const cartBefore = (await suite.app.http.get('/cart').set(customer.auth)).body;

      const failure = await failing(step, () => placeOrder(suite.app, customer, 'fault-key'));
      expect(failure.status).toBe(500);
      expect(failure.body).toMatchObject({ code: 'INTERNAL_ERROR' });
      expect(JSON.stringify(failure.body)).not.toContain('injected');

      expect([await stockOf(suite.app, lamp.id), await stockOf(suite.app, bulb.id)]).toEqual([5, 9]);
      await suite.app.http.get('/cart').set(customer.auth).expect(200, cartBefore);
      expect((await suite.app.http.get('/order').set(customer.auth)).body.total).toBe(0);

      // The key was not spent by the failed attempt: the retry places the order.
      const retry = await placeOrder(suite.app, customer, 'fault-key').expect(201);
      expect(retry.body.totalPrice).toBe(49.95);
      expect([await stockOf(suite.app, lamp.id), await stockOf(suite.app, bulb.id)]).toEqual([3, 6]);
    },
  );
});
