import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { HOME, addAddress } from '../support/addresses';
import { createProduct, stockOf } from '../support/catalog';
import { fillCart, placeOrder } from '../support/orders';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

const SNAPSHOT = { ...HOME, line2: null, region: null, phone: null };

describeEachDatabase('checkout details', (kind) => {
  const suite = appWithAdmin(kind);

  async function customerWithCart(price = 19.99, quantity = 2) {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { price, quantity: 100 });
    await fillCart(suite.app, customer, [[product.id, quantity]]);
    return { customer, product };
  }

  it("ship to the default address without a body, snapshotted against later edits and deletion", async () => {
    const { customer } = await customerWithCart();
    const home = await addAddress(suite.app, customer);

    const order = await placeOrder(suite.app, customer).expect(201);
    expect(order.body).toMatchObject({ shippingAddress: SNAPSHOT, subtotalPrice: 39.98, discountCode: null, discountAmount: 0, totalPrice: 39.98 });

    await suite.app.http.put(`/addresses/${home.id}`).set(customer.auth).send({ city: 'Hamburg' }).expect(200);
    await suite.app.http.delete(`/addresses/${home.id}`).set(customer.auth).expect(204);
    const later = await suite.app.http.get(`/order/${order.body.orderId}`).set(customer.auth).expect(200);
    expect(later.body.shippingAddress).toEqual(SNAPSHOT);
  });

  it('ship nowhere for a customer without addresses', async () => {
    const { customer } = await customerWithCart();
    expect((await placeOrder(suite.app, customer).expect(201)).body.shippingAddress).toBeNull();
  });

  it('ship to a named address, or to one given inline, with the idempotency key still in its header', async () => {
    const { customer, product } = await customerWithCart();
    await addAddress(suite.app, customer);
    const office = await addAddress(suite.app, customer, { name: 'Office', line2: 'Floor 3' });
    const named = await suite.app.http
      .post('/order')
      .set(customer.auth)
      .set('Idempotency-Key', 'named-address')
      .send({ shippingAddressId: office.id })
      .expect(201);
    expect(named.body.shippingAddress).toEqual({ ...SNAPSHOT, name: 'Office', line2: 'Floor 3' });
    await suite.app.http.post('/order').set(customer.auth).set('Idempotency-Key', 'named-address').send({}).expect(200);

    await fillCart(suite.app, customer, [[product.id, 1]]);
    const inline = { ...HOME, name: 'Gift', country: 'fr', phone: '+33 1' };
    const gift = await suite.app.http.post('/order').set(customer.auth).send({ shippingAddress: inline }).expect(201);
    expect(gift.body.shippingAddress).toEqual({ ...SNAPSHOT, name: 'Gift', country: 'FR', phone: '+33 1' });
  });

  it("refuse another's address (404), both kinds at once (400) and a bad inline address (400), ordering nothing", async () => {
    const { customer, product } = await customerWithCart();
    const other = await signUpAndLogIn(suite.app);
    const theirs = await addAddress(suite.app, other);
    const mine = await addAddress(suite.app, customer);

    const foreign = await suite.app.http.post('/order').set(customer.auth).send({ shippingAddressId: theirs.id }).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    const both = await suite.app.http
      .post('/order')
      .set(customer.auth)
      .send({ shippingAddressId: mine.id, shippingAddress: HOME })
      .expect(400);
    expect(both.body.code).toBe('VALIDATION_FAILED');
    const badCountry = await suite.app.http.post('/order').set(customer.auth).send({ shippingAddress: { ...HOME, country: 'XX' } }).expect(400);
    expect(badCountry.body.errors).toEqual([expect.objectContaining({ path: 'shippingAddress.country' })]);

    expect(await stockOf(suite.app, product.id)).toBe(100);
    expect((await suite.app.http.get('/order').set(customer.auth).expect(200)).body.total).toBe(0);
  });

  it('refuse a changed total with 409 PRICE_CHANGED, both totals in the problem, and change nothing', async () => {
    const { customer, product } = await customerWithCart(10, 3);
    await suite.app.http.put(`/products/${product.id}`).set(suite.admin.auth).send({ price: 10.5 }).expect(200);

    const refused = await suite.app.http.post('/order').set(customer.auth).send({ expectedTotalPrice: 30 }).expect(409);
    expect(refused.body).toMatchObject({ code: 'PRICE_CHANGED', expectedTotalPrice: 30, totalPrice: 31.5 });
    expect(await stockOf(suite.app, product.id)).toBe(100);
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body.items[0]).toMatchObject({ quantity: 3, addedPrice: 10, priceChanged: true });

    const overTrpc = await suite.app.http.post('/trpc/orders.place').set(customer.auth).send({ expectedTotalPrice: 30 }).expect(409);
    expect(overTrpc.body.error.data).toMatchObject({ appCode: 'PRICE_CHANGED', expectedTotalPrice: 30, totalPrice: 31.5 });

    const placed = await suite.app.http.post('/order').set(customer.auth).send({ expectedTotalPrice: 31.5 }).expect(201);
    expect(placed.body.totalPrice).toBe(31.5);
  });

  it('refuse an expected total that is not money', async () => {
    const { customer } = await customerWithCart();
    for (const expectedTotalPrice of ['39.98', -1, 1.234]) {
      const refused = await suite.app.http.post('/order').set(customer.auth).send({ expectedTotalPrice }).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'expectedTotalPrice' })]);
    }
  });
});
