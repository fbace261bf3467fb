import { expect, it } from 'vitest';
import { type SignedIn, signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

describeEachDatabase('the order life cycle', (kind) => {
  const suite = appWithAdmin(kind);

  async function orderOf(quantity = 2) {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 10 });
    await fillCart(suite.app, customer, [[product.id, quantity]]);
    const order = (await placeOrder(suite.app, customer).expect(201)).body as { orderId: number };
    return { customer, product, orderId: order.orderId };
  }

  const setStatus = (orderId: number, status: string, who: SignedIn = suite.admin) =>
    suite.app.http.patch(`/orders/${orderId}/status`).set(who.auth).send({ status });

  it('moves pending -> confirmed -> shipped -> delivered for an admin', async () => {
    const { orderId } = await orderOf();
    for (const status of ['confirmed', 'shipped', 'delivered']) {
      const response = await setStatus(orderId, status).expect(200);
      expect(response.body).toMatchObject({ orderId, status });
    }
    const late = await setStatus(orderId, 'cancelled').expect(409);
    expect(late.body.code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('refuses, changing nothing, a cancel that would put a product past 1,000,000 on hand', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const [kept, full] = [
      await createProduct(suite.app, suite.admin, { quantity: 10 }),
      await createProduct(suite.app, suite.admin, { quantity: 10 }),
    ];
    await fillCart(suite.app, customer, [[kept.id, 2], [full.id, 2]]);
    const { orderId } = (await placeOrder(suite.app, customer).expect(201)).body as { orderId: number };
    await suite.app.http.put(`/products/${full.id}`).set(suite.admin.auth).send({ quantity: 999_999 }).expect(200);

    const refused = await suite.app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(409);
    expect(refused.body.code).toBe('STOCK_LIMIT_REACHED');
    expect([await stockOf(suite.app, kept.id), await stockOf(suite.app, full.id)]).toEqual([8, 999_999]);
    const order = await suite.app.http.get(`/order/${orderId}`).set(customer.auth).expect(200);
    expect(order.body.status).toBe('pending');
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
    expect(await stockOf(suite.app, product.id)).toBe(7);
    const cancelled = await suite.app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(200);
    expect(cancelled.body).toMatchObject({ orderId, status: 'cancelled' });
    expect(await stockOf(suite.app, product.id)).toBe(10);
    await suite.app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(409);
    expect(await stockOf(suite.app, product.id)).toBe(10);
  });

  it('refuses a customer cancel once confirmed, while an admin may still cancel and restock', async () => {
    const { customer, product, orderId } = await orderOf(4);
    await setStatus(orderId, 'confirmed').expect(200);
    const refused = await suite.app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(409);
    expect(refused.body.code).toBe('INVALID_STATUS_TRANSITION');
    await suite.app.http.post(`/order/${orderId}/cancel`).set(suite.admin.auth).expect(200);
    expect(await stockOf(suite.app, product.id)).toBe(10);
  });

  it('restocks a product deleted after it was ordered', async () => {
    const { customer, product, orderId } = await orderOf(2);
    await suite.app.http.delete(`/products/${product.id}`).set(suite.admin.auth).expect(204);
    await suite.app.http.post(`/order/${orderId}/cancel`).set(customer.auth).expect(200);
    const [rows] = await suite.app.application.database.sequelize.query(`SELECT quantity FROM products WHERE id = ${product.id}`);
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
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { price: 2 });
    await fillCart(suite.app, customer, [[product.id, 1]]);
    const placed = await suite.app.http
      .post('/order')
      .set(customer.auth)
      .send({ status: 'delivered', totalPrice: 0, userId: suite.admin.userId })
      .expect(201);
    expect(placed.body).toMatchObject({ status: 'pending', totalPrice: 2, userId: customer.userId });
  });
});
