import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

describeEachDatabase('placing and reading orders', (kind) => {
  const suite = appWithAdmin(kind);

  it('places the cart as a pending order with a price snapshot, takes the stock and empties the cart', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const dime = await createProduct(suite.app, suite.admin, { name: 'Dime', price: 0.1, quantity: 5 });
    const twenty = await createProduct(suite.app, suite.admin, { name: 'Twenty', price: 0.2, quantity: 5 });
    await fillCart(suite.app, customer, [[dime.id, 3], [twenty.id, 1]]);

    const placed = await placeOrder(suite.app, customer).expect(201);
    expect(placed.body).toEqual({
      orderId: expect.any(Number),
      userId: customer.userId,
      products: [
        { productId: dime.id, name: 'Dime', price: 0.1, quantity: 3, lineTotal: 0.3 },
        { productId: twenty.id, name: 'Twenty', price: 0.2, quantity: 1, lineTotal: 0.2 },
      ],
      subtotalPrice: 0.5,
      discountCode: null,
      discountAmount: 0,
      totalPrice: 0.5,
      shippingAddress: null,
      status: 'pending',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await stockOf(suite.app, dime.id)).toBe(2);
    expect(await stockOf(suite.app, twenty.id)).toBe(4);
    await suite.app.http.get('/cart').set(customer.auth).expect(200, { items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
    await suite.app.http.get(`/order/${placed.body.orderId}`).set(customer.auth).expect(200, placed.body);
  });

  it('keeps the snapshot when the product later changes or is deleted', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { name: 'Lamp', price: 30 });
    await fillCart(suite.app, customer, [[product.id, 1]]);
    const placed = await placeOrder(suite.app, customer).expect(201);
    await suite.app.http.put(`/products/${product.id}`).set(suite.admin.auth).send({ name: 'Lamp II', price: 45 }).expect(200);
    await suite.app.http.delete(`/products/${product.id}`).set(suite.admin.auth).expect(204);
    const order = await suite.app.http.get(`/order/${placed.body.orderId}`).set(customer.auth).expect(200);
    expect(order.body.products).toEqual([{ productId: product.id, name: 'Lamp', price: 30, quantity: 1, lineTotal: 30 }]);
  });

  it('refuses an empty cart with 400 CART_EMPTY', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const response = await placeOrder(suite.app, customer).expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'CART_EMPTY' });
  });

  it('refuses a line beyond the stock with 409 and changes nothing', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const plenty = await createProduct(suite.app, suite.admin, { quantity: 10 });
    const scarce = await createProduct(suite.app, suite.admin, { quantity: 2 });
    await fillCart(suite.app, customer, [[plenty.id, 4], [scarce.id, 2]]);
    await suite.app.http.put(`/products/${scarce.id}`).set(suite.admin.auth).send({ quantity: 1 }).expect(200);

    expect((await placeOrder(suite.app, customer).expect(409)).body.code).toBe('INSUFFICIENT_STOCK');
    expect([await stockOf(suite.app, plenty.id), await stockOf(suite.app, scarce.id)]).toEqual([10, 1]);
    expect((await suite.app.http.get('/cart').set(customer.auth)).body.totalQuantity).toBe(6);
    expect((await suite.app.http.get('/order').set(customer.auth)).body.total).toBe(0);
  });

  it('returns the first order for a repeated Idempotency-Key, even after the cart changed', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 10 });
    await fillCart(suite.app, customer, [[product.id, 2]]);
    const first = await placeOrder(suite.app, customer, 'checkout-1').expect(201);
    await fillCart(suite.app, customer, [[product.id, 1]]);
    const repeat = await placeOrder(suite.app, customer, 'checkout-1').expect(200);
    expect(repeat.body).toEqual(first.body);
    expect(await stockOf(suite.app, product.id)).toBe(8);
    expect((await suite.app.http.get('/order').set(customer.auth)).body.total).toBe(1);
  });

  it('scopes idempotency keys to their user', async () => {
    const [ann, bob] = [await signUpAndLogIn(suite.app), await signUpAndLogIn(suite.app)];
    const product = await createProduct(suite.app, suite.admin);
    await fillCart(suite.app, ann, [[product.id, 1]]);
    await fillCart(suite.app, bob, [[product.id, 1]]);
    const annOrder = await placeOrder(suite.app, ann, 'same-key').expect(201);
    const bobOrder = await placeOrder(suite.app, bob, 'same-key').expect(201);
    expect(bobOrder.body.orderId).not.toBe(annOrder.body.orderId);
  });

  it('lists the caller’s own orders newest first, paginated', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 50 });
    const ids: number[] = [];
    for (let n = 0; n < 3; n++) {
      await fillCart(suite.app, customer, [[product.id, 1]]);
      ids.push((await placeOrder(suite.app, customer).expect(201)).body.orderId);
    }
    const page = await suite.app.http.get('/order?page=1&pageSize=2').set(customer.auth).expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.body.items.map((order: { orderId: number }) => order.orderId)).toEqual([ids[2], ids[1]]);
    const rest = await suite.app.http.get('/order?page=2&pageSize=2').set(customer.auth).expect(200);
    expect(rest.body.items.map((order: { orderId: number }) => order.orderId)).toEqual([ids[0]]);
    await suite.app.http.get('/order?pageSize=101').set(customer.auth).expect(400);
  });

  it('shows an order to its owner and to admins, and answers 404 to anyone else', async () => {
    const [owner, stranger] = [await signUpAndLogIn(suite.app), await signUpAndLogIn(suite.app)];
    const product = await createProduct(suite.app, suite.admin);
    await fillCart(suite.app, owner, [[product.id, 1]]);
    const { orderId } = (await placeOrder(suite.app, owner).expect(201)).body;
    await suite.app.http.get(`/order/${orderId}`).set(suite.admin.auth).expect(200);
    const hidden = await suite.app.http.get(`/order/${orderId}`).set(stranger.auth).expect(404);
    const missing = await suite.app.http.get('/order/99999999').set(stranger.auth).expect(404);
    expect(hidden.body).toEqual({ ...missing.body, detail: hidden.body.detail });
    await suite.app.http.post(`/order/${orderId}/cancel`).set(stranger.auth).expect(404);
    await suite.app.http.get(`/order/${orderId}`).expect(401);
  });

  it('lists all orders for admins with status and user filters, and refuses customers', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 10 });
    await fillCart(suite.app, customer, [[product.id, 1]]);
    const first = (await placeOrder(suite.app, customer).expect(201)).body;
    await fillCart(suite.app, customer, [[product.id, 1]]);
    const second = (await placeOrder(suite.app, customer).expect(201)).body;
    await suite.app.http.patch(`/orders/${first.orderId}/status`).set(suite.admin.auth).send({ status: 'confirmed' }).expect(200);

    const mine = await suite.app.http.get(`/orders?userId=${customer.userId}`).set(suite.admin.auth).expect(200);
    expect(mine.body.items.map((order: { orderId: number }) => order.orderId)).toEqual([second.orderId, first.orderId]);
    const confirmed = await suite.app.http.get(`/orders?userId=${customer.userId}&status=confirmed`).set(suite.admin.auth).expect(200);
    expect(confirmed.body).toMatchObject({ total: 1, items: [{ orderId: first.orderId, status: 'confirmed' }] });
    await suite.app.http.get('/orders?status=lost').set(suite.admin.auth).expect(400);
    expect((await suite.app.http.get('/orders').set(customer.auth).expect(403)).body.code).toBe('FORBIDDEN');
  });
});
