import { expect, it } from 'vitest';
import { PASSWORD, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { startGuestCart } from '../support/guest-carts';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

const quantities = (cart: { items: { productId: number; quantity: number }[] }) =>
  cart.items.map(({ productId, quantity }) => [productId, quantity]);

describeEachDatabase('guest carts', (kind) => {
  const suite = appWithAdmin(kind);

  it('start empty, with an opaque token of at least 128 bits', async () => {
    const response = await suite.app.http.post('/cart/guest').expect(201);
    expect(response.body).toEqual({ cartToken: expect.any(String), cart: { items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 } });
    expect(Buffer.from(response.body.cartToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const another = await suite.app.http.post('/cart/guest').expect(201);
    expect(another.body.cartToken).not.toBe(response.body.cartToken);
  });

  it('take every cart operation through X-Cart-Token, with every cart rule', async () => {
    const { guest } = await startGuestCart(suite.app);
    const lamp = await createProduct(suite.app, suite.admin, { price: 12.5, quantity: 3 });
    const bulb = await createProduct(suite.app, suite.admin, { price: 0.1, quantity: 50 });

    await suite.app.http.post('/cart').set(guest).send({ productId: lamp.id, quantity: 2 }).expect(200);
    await suite.app.http.post('/cart').set(guest).send({ productId: bulb.id, quantity: 3 }).expect(200);
    const tooMany = await suite.app.http.put(`/cart/${lamp.id}`).set(guest).send({ quantity: 4 }).expect(409);
    expect(tooMany.body.code).toBe('INSUFFICIENT_STOCK');
    await suite.app.http.put(`/cart/${bulb.id}`).set(guest).send({ quantity: 5 }).expect(200);
    await suite.app.http.delete(`/cart/${lamp.id}`).set(guest).expect(200);
    await suite.app.http.delete(`/cart/${lamp.id}`).set(guest).expect(404);
    await suite.app.http.post('/cart').set(guest).send({ productId: 987_654 }).expect(404);

    const cart = await suite.app.http.get('/cart').set(guest).expect(200);
    expect(cart.body).toMatchObject({ items: [{ productId: bulb.id, quantity: 5, lineTotal: 0.5 }], totalQuantity: 5, totalPrice: 0.5 });
  });

  it('answer 404 CART_NOT_FOUND for an unknown token, and 401 without a token or bearer', async () => {
    const lamp = await createProduct(suite.app, suite.admin);
    const unknown = { 'X-Cart-Token': 'not-a-cart' };
    for (const response of [
      await suite.app.http.get('/cart').set(unknown),
      await suite.app.http.post('/cart').set(unknown).send({ productId: lamp.id }),
      await suite.app.http.put(`/cart/${lamp.id}`).set(unknown).send({ quantity: 1 }),
      await suite.app.http.delete(`/cart/${lamp.id}`).set(unknown),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('CART_NOT_FOUND');
    }
    expect((await suite.app.http.get('/cart').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it("use the user's own cart when a bearer token comes too, and refuse a bad bearer token", async () => {
    const { guest } = await startGuestCart(suite.app);
    const customer = await signUpAndLogIn(suite.app);
    const lamp = await createProduct(suite.app, suite.admin);

    await suite.app.http.post('/cart').set(guest).set(customer.auth).send({ productId: lamp.id }).expect(200);

    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body.totalQuantity).toBe(1);
    expect((await suite.app.http.get('/cart').set(guest).expect(200)).body.totalQuantity).toBe(0);
    await suite.app.http.get('/cart').set(guest).set({ Authorization: 'Bearer nonsense' }).expect(401);
  });

  it("merge into the user's cart: sums capped at the stock, deleted products dropped, the token spent", async () => {
    const { cartToken, guest } = await startGuestCart(suite.app);
    const customer = await signUpAndLogIn(suite.app);
    const scarce = await createProduct(suite.app, suite.admin, { quantity: 3 });
    const plenty = await createProduct(suite.app, suite.admin, { quantity: 50 });
    const doomed = await createProduct(suite.app, suite.admin, { quantity: 5 });
    await suite.app.http.post('/cart').set(customer.auth).send({ productId: scarce.id, quantity: 2 }).expect(200);
    await suite.app.http.post('/cart').set(guest).send({ productId: scarce.id, quantity: 2 }).expect(200);
    await suite.app.http.post('/cart').set(guest).send({ productId: plenty.id, quantity: 4 }).expect(200);
    await suite.app.http.post('/cart').set(guest).send({ productId: doomed.id, quantity: 1 }).expect(200);
    await suite.app.http.delete(`/products/${doomed.id}`).set(suite.admin.auth).expect(204);

    const merged = await suite.app.http.post('/cart/merge').set(customer.auth).send({ cartToken }).expect(200);

    expect(quantities(merged.body)).toEqual([
      [scarce.id, 3],
      [plenty.id, 4],
    ]);
    expect((await suite.app.http.get('/cart').set(customer.auth).expect(200)).body).toEqual(merged.body);
    expect((await suite.app.http.get('/cart').set(guest).expect(404)).body.code).toBe('CART_NOT_FOUND');
    const again = await suite.app.http.post('/cart/merge').set(customer.auth).send({ cartToken }).expect(404);
    expect(again.body.code).toBe('CART_NOT_FOUND');
  });

  it('merge needs a bearer token and a token in the body', async () => {
    const { cartToken } = await startGuestCart(suite.app);
    await suite.app.http.post('/cart/merge').send({ cartToken }).expect(401);
    const customer = await signUpAndLogIn(suite.app);
    const invalid = await suite.app.http.post('/cart/merge').set(customer.auth).send({}).expect(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ path: 'cartToken' })]);
  });

  it('merge at login with cartToken; an unknown token does not fail the login', async () => {
    const { cartToken, guest } = await startGuestCart(suite.app);
    const lamp = await createProduct(suite.app, suite.admin, { quantity: 5 });
    await suite.app.http.post('/cart').set(guest).send({ productId: lamp.id, quantity: 2 }).expect(200);
    const email = uniqueEmail();
    await suite.app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);

    const login = await suite.app.http.post('/auth/login').send({ email, password: PASSWORD, cartToken }).expect(200);

    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    expect(quantities((await suite.app.http.get('/cart').set(auth).expect(200)).body)).toEqual([[lamp.id, 2]]);
    await suite.app.http.get('/cart').set(guest).expect(404);
    await suite.app.http.post('/auth/login').send({ email, password: PASSWORD, cartToken }).expect(200);
    expect(quantities((await suite.app.http.get('/cart').set(auth).expect(200)).body)).toEqual([[lamp.id, 2]]);
  });

  it('merge nothing on a failed login', async () => {
    const { cartToken, guest } = await startGuestCart(suite.app);
    const lamp = await createProduct(suite.app, suite.admin);
    await suite.app.http.post('/cart').set(guest).send({ productId: lamp.id }).expect(200);
    const customer = await signUpAndLogIn(suite.app);
    await suite.app.http.post('/auth/login').send({ email: customer.email, password: 'wrong password', cartToken }).expect(401);
    expect((await suite.app.http.get('/cart').set(guest).expect(200)).body.totalQuantity).toBe(1);
  });

  it('show the price a line was added at, and whether it changed since', async () => {
    const { guest } = await startGuestCart(suite.app);
    const lamp = await createProduct(suite.app, suite.admin, { price: 10 });
    await suite.app.http.post('/cart').set(guest).send({ productId: lamp.id }).expect(200);
    await suite.app.http.put(`/products/${lamp.id}`).set(suite.admin.auth).send({ price: 12.5 }).expect(200);

    const changed = await suite.app.http.get('/cart').set(guest).expect(200);
    expect(changed.body.items[0]).toMatchObject({ addedPrice: 10, priceChanged: true, lineTotal: 12.5 });

    const set = await suite.app.http.put(`/cart/${lamp.id}`).set(guest).send({ quantity: 2 }).expect(200);
    expect(set.body.items[0]).toMatchObject({ addedPrice: 12.5, priceChanged: false, lineTotal: 25 });
  });
});
