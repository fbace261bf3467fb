import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describeEachDatabase('the order life cycle', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
  });
  afterAll(() => app?.close());

  async function orderOf(quantity = 2) {
    const customer = await signUpAndLogIn(app);
    const product = await createProduct(app, admin, { quantity: 10 });
    await fillCart(app, customer, [[product.id, quantity]]);
    const order = (await placeOrder(app, customer).expect(201)).body as { orderId: number };
    return { customer, product, orderId: order.orderId };
  }

  const setStatus = (orderId: number, status: string, who: SignedIn = admin) =>
    app.http.patch(`/orders/${orderId}/status`).set(who.auth).send({ status });

  it('moves pending -> confirmed -> shipped -> delivered for an admin', async () => {
    const { orderId } = await orderOf();
    for (const status of ['confirmed', 'shipped', 'delivered']) {
      const response = await setStatus(orderId, status).expect(200);
      expect(response.body).toMatchObject({ orderId, status });
    }
    const late = await setStatus(orderId, 'cancelled').expect(409);
    expect(late.body.code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('refuses skipping or going back with 409 INVALID_STATUS_TRANSITION', async () => {
    const { orderId } = await orderOf();
    expect((await setStatus(orderId, 'shipped').expect(409)).body.code).toBe('INVALID_STATUS_TRANSITION');
    await setStatus(orderId, 'confirmed').expect(200);
    await setStatus(orderId, 'pending').expect(409);
    await setStatus(orderId, 'confirmed').expect(409);
  });

  it('lets the owner cancel while pending, putting the stock back', async () => {
    const { customer, product, orderId } = await orderOf(3);
    expect(await stockOf(app, product.id)).toBe(7);
    const cancelled = await app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(200);
    expect(cancelled.body).toMatchObject({ orderId, status: 'cancelled' });
    expect(await stockOf(app, product.id)).toBe(10);
    await app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(409);
    expect(await stockOf(app, product.id)).toBe(10);
  });

  it('refuses a customer cancel once confirmed, while an admin may still cancel and restock', async () => {
    const { customer, product, orderId } = await orderOf(4);
    await setStatus(orderId, 'confirmed').expect(200);
    const refused = await app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(409);
    expect(refused.body.code).toBe('INVALID_STATUS_TRANSITION');
    await app.http.post(`/order/${orderId}/cancel`).set(admin.auth).expect(200);
    expect(await stockOf(app, product.id)).toBe(10);
  });

  it('restocks a product deleted after it was ordered', async () => {
    const { customer, product, orderId } = await orderOf(2);
    await app.http.delete(`/products/${product.id}`).set(admin.auth).expect(204);
    await app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(200);
    const [rows] = await app.application.database.sequelize.query(`SELECT quantity FROM products WHERE id = ${product.id}`);
    expect(Number((rows as { quantity: number }[])[0]!.quantity)).toBe(10);
  });

  it('keeps status changes to admins', async () => {
    const { customer, orderId } = await orderOf();
    expect((await setStatus(orderId, 'confirmed', customer).expect(403)).body.code).toBe('FORBIDDEN');
    await setStatus(orderId, 'confirmed', { ...customer, auth: { Authorization: '' } }).expect(401);
    await setStatus(999_999, 'confirmed').expect(404);
    const invalid = await setStatus(orderId, 'teleported').expect(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
  });

  it('ignores a status, total or user sent when placing an order', async () => {
    const customer = await signUpAndLogIn(app);
    const product = await createProduct(app, admin, { price: 2 });
    await fillCart(app, customer, [[product.id, 1]]);
    const placed = await app.http
      .post('/order')
      .set(customer.auth)
      .send({ status: 'delivered', totalPrice: 0, userId: admin.userId })
      .expect(201);
    expect(placed.body).toMatchObject({ status: 'pending', totalPrice: 2, userId: customer.userId });
  });
});
