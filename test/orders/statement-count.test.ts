import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createCategory, createProduct } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

const TRANSACTION_CONTROL = /^(Executing \([^)]*\): )?(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET )/i;

describeEachDatabase('SQL statements per order', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let recording: string[] | undefined;
  beforeAll(async () => {
    app = await startTestApp(kind, {}, (sql) => recording?.push(sql));
    admin = await signInAsAdmin(app);
  });
  afterAll(() => app?.close());

  async function statementsToPlace(lines: number): Promise<string[]> {
    const customer = await signUpAndLogIn(app);
    const category = await createCategory(app, admin);
    const products = [];
    for (let n = 0; n < lines; n++) products.push(await createProduct(app, admin, { quantity: 5 }, category.id));
    await fillCart(app, customer, products.map((product) => [product.id, 1]));

    recording = [];
    await placeOrder(app, customer).expect(201);
    const statements = recording.filter((sql) => !TRANSACTION_CONTROL.test(sql));
    recording = undefined;
    return statements;
  }

  it('grows by one conditional stock update per line, and by nothing else', async () => {
    const one = await statementsToPlace(1);
    const twenty = await statementsToPlace(20);
    const stockUpdates = (statements: string[]) => statements.filter((sql) => /UPDATE \W?products\W/.test(sql)).length;

    expect(stockUpdates(one)).toBe(1);
    expect(stockUpdates(twenty)).toBe(20);
    expect(twenty.length - one.length).toBe(19);
    // Authentication (2) + user lock, idempotency-free checkout without a code: cart lock, cart read,
    // default address, stock, order, lines, emptying the cart (its lines and its code), and the
    // outbox: the event and the webhooks that may want it (no delivery rows without webhooks).
    expect(one.length).toBe(13);
  });
});
