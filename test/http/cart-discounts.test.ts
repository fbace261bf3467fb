import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { createDiscount } from '../support/discounts';
import { startGuestCart } from '../support/guest-carts';
import { fillCart, placeOrder } from '../support/orders';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

describeEachDatabase('discount codes on carts and orders', (kind) => {
  const suite = appWithAdmin(kind);

  async function customerWith(price: number, quantity = 1) {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { price, quantity: 100 });
    await fillCart(suite.app, customer, [[product.id, quantity]]);
    return { customer, product };
  }

  it('show on the cart with subtotal, amount rounded half up, and total; then order at that total', async () => {
    const { customer } = await customerWith(33.33);
    const code = await createDiscount(suite.app, suite.admin, { kind: 'percent', value: 15 });

    const cart = await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code.toLowerCase() }).expect(200);
    expect(cart.body).toMatchObject({
      subtotalPrice: 33.33,
      discount: { code: code.code, kind: 'percent', value: 15, amount: 5, applicable: true, reason: null },
      totalPrice: 28.33,
    });

    const order = await placeOrder(suite.app, customer).expect(201);
    expect(order.body).toMatchObject({ subtotalPrice: 33.33, discountCode: code.code, discountAmount: 5, totalPrice: 28.33 });
    expect((await suite.app.http.get(`/discounts/${code.id}`).set(suite.admin.auth).expect(200)).body.timesUsed).toBe(1);
    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body).toMatchObject({ items: [], discount: null });
  });

  it('refuse an unknown code with 404 and a code that does not apply with 409 and its reason, keeping the cart', async () => {
    const { customer } = await customerWith(10);
    const fixed = await createDiscount(suite.app, suite.admin, { kind: 'fixed', value: 2.5 });
    const large = await createDiscount(suite.app, suite.admin, { minSubtotal: 50 });
    const inactive = await createDiscount(suite.app, suite.admin, { active: false });
    await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: fixed.code }).expect(200);

    const unknown = await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: 'NO-SUCH-CODE' }).expect(404);
    expect(unknown.body.code).toBe('DISCOUNT_NOT_FOUND');
    for (const [code, reason] of [
      [large.code, 'BELOW_MIN_SUBTOTAL'],
      [inactive.code, 'INACTIVE'],
    ]) {
      const refused = await suite.app.http.put('/cart/discount').set(customer.auth).send({ code }).expect(409);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 409, code: 'DISCOUNT_NOT_APPLICABLE', reason });
    }
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ discount: { code: fixed.code, amount: 2.5 }, totalPrice: 7.5 });

    await suite.app.http.delete('/cart/discount').set(customer.auth).expect(200);
    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body).toMatchObject({ discount: null, totalPrice: 10 });
  });

  it('keep a code that stops applying, with amount 0; ordering with it is 409 and changes nothing', async () => {
    const { customer, product } = await customerWith(30, 2);
    const code = await createDiscount(suite.app, suite.admin, { kind: 'fixed', value: 5, minSubtotal: 50 });
    await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(200);
    await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: 1 }).expect(200);

    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body.discount).toEqual({ code: code.code, kind: 'fixed', value: 5, amount: 0, applicable: false, reason: 'BELOW_MIN_SUBTOTAL' });
    const refused = await placeOrder(suite.app, customer).expect(409);
    expect(refused.body).toMatchObject({ code: 'DISCOUNT_NOT_APPLICABLE', reason: 'BELOW_MIN_SUBTOTAL' });
    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body).toEqual(cart.body);
    expect((await suite.app.http.get('/order').set(customer.auth).expect(200)).body.total).toBe(0);
  });

  it('work on a guest cart and come along when it is merged into a cart without one', async () => {
    const { cartToken, guest } = await startGuestCart(suite.app);
    const product = await createProduct(suite.app, suite.admin, { price: 40 });
    const code = await createDiscount(suite.app, suite.admin, { kind: 'percent', value: 25 });
    await suite.app.http.post('/cart').set(guest).send({ productId: product.id }).expect(200);
    const withCode = await suite.app.http.put('/cart/discount').set(guest).send({ code: code.code }).expect(200);
    expect(withCode.body).toMatchObject({ discount: { amount: 10 }, totalPrice: 30 });

    const customer = await signUpAndLogIn(suite.app);
    const merged = await suite.app.http.post('/cart/merge').set(customer.auth).send({ cartToken }).expect(200);
    expect(merged.body).toMatchObject({ discount: { code: code.code }, totalPrice: 30 });
  });

  it('count a use per order, give it back on cancel, and keep the discount from being deleted once used', async () => {
    const { customer } = await customerWith(10);
    const code = await createDiscount(suite.app, suite.admin, { perCustomerLimit: 1 });
    await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(200);
    const order = await placeOrder(suite.app, customer).expect(201);

    await suite.app.http.post(`/order/${order.body.orderId}/cancel`).set(customer.auth).expect(200);
    expect((await suite.app.http.get(`/discounts/${code.id}`).set(suite.admin.auth).expect(200)).body.timesUsed).toBe(0);
    const inUse = await suite.app.http.delete(`/discounts/${code.id}`).set(suite.admin.auth).expect(409);
    expect(inUse.body.code).toBe('DISCOUNT_IN_USE');
    await suite.app.http.get(`/discounts/${code.id}`).set(suite.admin.auth).expect(200);
  });

  it('leave the carts that hold them when deleted before any order used them', async () => {
    const { customer } = await customerWith(10);
    const code = await createDiscount(suite.app, suite.admin);
    await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(200);
    await suite.app.http.delete(`/discounts/${code.id}`).set(suite.admin.auth).expect(204);
    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body).toMatchObject({ discount: null, totalPrice: 10 });
  });

  it('check the per-customer limit for signed-in owners only', async () => {
    const { customer, product } = await customerWith(10);
    const code = await createDiscount(suite.app, suite.admin, { perCustomerLimit: 1 });
    await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(200);
    await placeOrder(suite.app, customer).expect(201);
    await fillCart(suite.app, customer, [[product.id, 1]]);

    const refused = await suite.app.http.put('/cart/discount').set(customer.auth).send({ code: code.code }).expect(409);
    expect(refused.body.reason).toBe('CUSTOMER_LIMIT_REACHED');
    const { guest } = await startGuestCart(suite.app);
    await suite.app.http.put('/cart/discount').set(guest).send({ code: code.code }).expect(200);
  });

  it('answer over tRPC with the reason in data', async () => {
    const { customer } = await customerWith(10);
    const code = await createDiscount(suite.app, suite.admin, { minSubtotal: 100 });
    const refused = await suite.app.http.post('/trpc/cart.applyDiscount').set(customer.auth).send({ code: code.code }).expect(409);
    expect(refused.body.error.data).toMatchObject({ code: 'CONFLICT', appCode: 'DISCOUNT_NOT_APPLICABLE', reason: 'BELOW_MIN_SUBTOTAL' });
  });
});
