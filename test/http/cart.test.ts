import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

describeEachDatabase('the cart', (kind) => {
  const suite = appWithAdmin(kind);

  it('starts empty', async () => {
    const customer = await signUpAndLogIn(suite.app);
    await suite.app.http.get('/cart').set(customer.auth).expect(200, { items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
  });

  it('needs a bearer token', async () => {
    const response = await suite.app.http.get('/cart').expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('shows product details, line totals and an exact total', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const dime = await createProduct(suite.app, suite.admin, { name: 'Dime', price: 0.1, imageUrl: 'https://img.test/d.png' });
    const twenty = await createProduct(suite.app, suite.admin, { name: 'Twenty', price: 0.2, quantity: 4 });
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: dime.id, quantity: 3 }).expect(200);
    const cart = await suite.app.http.post('/cart').set(customer.auth).send({ productId: twenty.id }).expect(200);
    expect(cart.body).toEqual({
      items: [
        {
          productId: dime.id,
          quantity: 3,
          lineTotal: 0.3,
          addedPrice: 0.1,
          priceChanged: false,
          product: { id: dime.id, name: 'Dime', price: 0.1, imageUrl: 'https://img.test/d.png', quantity: 10 },
        },
        {
          productId: twenty.id,
          quantity: 1,
          lineTotal: 0.2,
          addedPrice: 0.2,
          priceChanged: false,
          product: { id: twenty.id, name: 'Twenty', price: 0.2, imageUrl: null, quantity: 4 },
        },
      ],
      totalQuantity: 4,
      subtotalPrice: 0.5,
      discount: null,
      totalPrice: 0.5,
    });
    await suite.app.http.get('/cart').set(customer.auth).expect(200, cart.body);
  });

  it('adds to the quantity of a product already in the cart', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin);
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, quantity: 2 }).expect(200);
    const cart = await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, quantity: 3 }).expect(200);
    expect(cart.body.items).toEqual([expect.objectContaining({ productId: product.id, quantity: 5 })]);
  });

  it('refuses more than the stock on hand and keeps the cart as it was', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 3 });
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, quantity: 2 }).expect(200);
    const refused = await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, quantity: 2 }).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('INSUFFICIENT_STOCK');
    await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: 4 }).expect(409);
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body.items).toEqual([expect.objectContaining({ quantity: 2 })]);
  });

  it('sets a quantity, and 0 removes the line', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin);
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id }).expect(200);
    const set = await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: 7 }).expect(200);
    expect(set.body).toMatchObject({ totalQuantity: 7, totalPrice: 69.93 });
    const removed = await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: 0 }).expect(200);
    expect(removed.body.items).toEqual([]);
  });

  it('removes a line', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const [kept, dropped] = [await createProduct(suite.app, suite.admin), await createProduct(suite.app, suite.admin)];
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: kept.id }).expect(200);
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: dropped.id }).expect(200);
    const cart = await suite.app.http.delete(`/cart/${dropped.id}`).set(customer.auth).expect(200);
    expect(cart.body.items.map((item: { productId: number }) => item.productId)).toEqual([kept.id]);
  });

  it('answers 404 for an unknown product and for a product not in the cart', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin);
    expect((await suite.app.http.post('/cart').set(customer.auth).send({ productId: 999_999 }).expect(404)).body.code).toBe('NOT_FOUND');
    await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: 1 }).expect(404);
    await suite.app.http.delete(`/cart/${product.id}`).set(customer.auth).expect(404);
  });

  it.each([
    ['a zero quantity on add', { quantity: 0 }, 'quantity'],
    ['a fractional quantity', { quantity: 1.5 }, 'quantity'],
    ['a quantity as a string', { quantity: '2' }, 'quantity'],
    ['a product id as a string', { productId: '1' }, 'productId'],
  ])('refuses %s with 400', async (_, override, path) => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin);
    const response = await suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, ...override }).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ path })] });
    await suite.app.http.put(`/cart/${product.id}`).set(customer.auth).send({ quantity: -1 }).expect(400);
  });

  it('drops deleted products and shows current prices', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const [kept, deleted] = [await createProduct(suite.app, suite.admin, { price: 5 }), await createProduct(suite.app, suite.admin)];
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: kept.id, quantity: 2 }).expect(200);
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: deleted.id }).expect(200);
    await suite.app.http.delete(`/products/${deleted.id}`).set(suite.admin.auth).expect(204);
    await suite.app.http.put(`/products/${kept.id}`).set(suite.admin.auth).send({ price: 4.25 }).expect(200);
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ items: [{ productId: kept.id, lineTotal: 8.5 }], totalQuantity: 2, totalPrice: 8.5 });
  });

  it('keeps one line with the summed quantity under concurrent adds', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const product = await createProduct(suite.app, suite.admin, { quantity: 100 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => suite.app.http.post('/cart').set(customer.auth).send({ productId: product.id, quantity: 2 })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.body.items).toEqual([expect.objectContaining({ productId: product.id, quantity: 16 })]);
  });
});
