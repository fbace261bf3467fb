import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { problem, routeOf } from '../../src/interfaces/http/openapi/route-docs';
import { OPERATIONS } from '../../src/interfaces/operations';
import { PASSWORD, type SignedIn, logIn, signInAsAdmin, uniqueEmail } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const checked = new Set<string>();

/** The response is one the document names for this operation, in the shape it documents. */
function conforms(operationId: string, response: Response): Response {
  const responses = routeOf(OPERATIONS.find((candidate) => candidate.id === operationId)!).responses as Record<number, ResponseConfig>;
  const documented = responses[response.status];
  const where = `${operationId} ${response.status}`;
  expect(Object.keys(responses), where).toContain(String(response.status));
  if (response.status >= 400) {
    expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
    expect(problem.parse(response.body), where).toEqual(response.body);
  } else {
    expect(documented, where).toBeDefined();
    const schema = documented?.content?.['application/json']?.schema as z.ZodType | undefined;
    // Parsing strips unknown keys at every depth: equality means no field is missing or extra.
    if (schema) expect(schema.parse(response.body), where).toEqual(response.body);
  }
  checked.add(operationId);
  return response;
}

describe('responses match the document', () => {
  let app: TestApp;
  let admin: SignedIn;
  let customer: SignedIn;
  const call = async (operationId: string, request: PromiseLike<Response>, status: number) => {
    const response = await request;
    expect(response.status, `${operationId}: ${JSON.stringify(response.body)}`).toBe(status);
    return conforms(operationId, response);
  };

  beforeAll(async () => {
    app = await startTestApp(DATABASES.find((kind) => kind.name === 'sqlite')!);
    admin = await signInAsAdmin(app);
  });
  afterAll(() => app.close());

  it('for accounts', async () => {
    const email = uniqueEmail();
    await call('auth.signup', app.http.post('/auth/signup').send({ email, password: PASSWORD, name: 'Ann' }), 201);
    await call('auth.signup', app.http.post('/auth/signup').send({ email, password: PASSWORD }), 409);
    await call('auth.login', app.http.post('/auth/login').send({ email, password: 'wrong password' }), 401);
    customer = await logIn(app, email);
    await call('auth.login', app.http.post('/auth/login').send({ email, password: PASSWORD }), 200);
    await call('auth.me', app.http.get('/auth/me').set(customer.auth), 200);
    await call('auth.refresh', app.http.post('/auth/refresh').send({ refreshToken: customer.refreshToken }), 200);
    const other = await logIn(app, email);
    await call('auth.logout', app.http.post('/auth/logout').set(other.auth).send({ refreshToken: other.refreshToken }), 204);
    await call('auth.me', app.http.get('/auth/me').set(other.auth), 401);
  });

  it('for the catalog, the cart and orders', async () => {
    const { http } = app;
    const [byAdmin, byCustomer] = [admin.auth, customer.auth];
    const category = await call('categories.create', http.post('/categories').set(byAdmin).send({ name: 'Lamps' }), 201);
    const categoryPath = `/categories/${category.body.id}`;
    await call('categories.update', http.put(categoryPath).set(byAdmin).send({ description: 'Light' }), 200);
    await call('categories.byId', http.get(categoryPath), 200);
    await call('categories.list', http.get('/categories?pageSize=5'), 200);
    const fields = { name: 'Desk lamp', price: 19.99, quantity: 5, categoryId: category.body.id };
    await call('products.create', http.post('/products').set(byCustomer).send(fields), 403);
    const product = (await call('products.create', http.post('/products').set(byAdmin).send(fields), 201)).body;
    const productPath = `/products/${product.id}`;
    await call('products.update', http.put(productPath).set(byAdmin).send({ imageUrl: 'https://img.test/l.png' }), 200);
    await call('products.byId', http.get(productPath), 200);
    await call('products.list', http.get('/products?q=lamp&sort=price&inStock=true'), 200);
    await call('products.list', http.get('/products?pageSize=101'), 400);

    await call('cart.add', http.post('/cart').set(byCustomer).send({ productId: product.id, quantity: 2 }), 200);
    await call('cart.add', http.post('/cart').set(byCustomer).send({ productId: product.id, quantity: 9 }), 409);
    await call('cart.update', http.put(`/cart/${product.id}`).set(byCustomer).send({ quantity: 3 }), 200);
    await call('cart.get', http.get('/cart').set(byCustomer), 200);
    await call('cart.remove', http.delete(`/cart/${product.id}`).set(byCustomer), 200);
    await call('cart.remove', http.delete(`/cart/${product.id}`).set(byCustomer), 404);
    await call('orders.place', http.post('/order').set(byCustomer), 400);
    await call('cart.add', http.post('/cart').set(byCustomer).send({ productId: product.id }), 200);

    const placed = await call('orders.place', http.post('/order').set(byCustomer).set('Idempotency-Key', 'k1'), 201);
    await call('orders.place', http.post('/order').set(byCustomer).set('Idempotency-Key', 'k1'), 200);
    const orderPath = `/order/${placed.body.orderId}`;
    await call('orders.mine', http.get('/order').set(byCustomer), 200);
    await call('orders.byId', http.get(orderPath).set(byCustomer), 200);
    await call('orders.all', http.get('/orders?status=pending').set(byAdmin), 200);
    await call('orders.all', http.get('/orders').set(byCustomer), 403);
    const statusPath = `/orders/${placed.body.orderId}/status`;
    await call('orders.setStatus', http.patch(statusPath).set(byAdmin).send({ status: 'confirmed' }), 200);
    await call('orders.cancel', http.post(`${orderPath}/cancel`).set(byCustomer), 409);
    await call('orders.cancel', http.post(`${orderPath}/cancel`).set(byAdmin), 200);

    await call('categories.delete', http.delete(categoryPath).set(byAdmin), 409);
    await call('products.delete', http.delete(productPath).set(byAdmin), 204);
    await call('products.byId', http.get(productPath), 404);
    await call('categories.delete', http.delete(categoryPath).set(byAdmin), 204);
  });

  it('for discounts', async () => {
    const { http } = app;
    const fields = { code: 'welcome-5', kind: 'fixed', value: 5 };
    const created = await call('discounts.create', http.post('/discounts').set(admin.auth).send(fields), 201);
    await call('discounts.create', http.post('/discounts').set(admin.auth).send(fields), 409);
    const discountPath = `/discounts/${created.body.id}`;
    await call('discounts.update', http.put(discountPath).set(admin.auth).send({ kind: 'percent', endsAt: '2030-01-01T00:00:00Z' }), 200);
    await call('discounts.byId', http.get(discountPath).set(admin.auth), 200);
    await call('discounts.list', http.get('/discounts?active=true').set(admin.auth), 200);
    await call('discounts.list', http.get('/discounts').set(customer.auth), 403);
    await call('discounts.delete', http.delete(discountPath).set(admin.auth), 204);
    await call('discounts.byId', http.get(discountPath).set(admin.auth), 404);
  });

  it('for guest carts, discount codes on carts and checkout details', async () => {
    const { http } = app;
    const category = (await http.post('/categories').set(admin.auth).send({ name: 'Gifts' })).body;
    const product = (await http.post('/products').set(admin.auth).send({ name: 'Mug', price: 8, quantity: 50, categoryId: category.id })).body;
    await http.post('/discounts').set(admin.auth).send({ code: 'mugs', kind: 'percent', value: 25 });
    await http.post('/discounts').set(admin.auth).send({ code: 'big-spender', kind: 'fixed', value: 5, minSubtotal: 100 });

    const { cartToken } = (await call('cart.createGuest', http.post('/cart/guest'), 201)).body;
    const guest = { 'X-Cart-Token': cartToken };
    await call('cart.get', http.get('/cart').set({ 'X-Cart-Token': 'unknown' }), 404);
    await call('cart.add', http.post('/cart').set(guest).send({ productId: product.id, quantity: 2 }), 200);
    await call('cart.applyDiscount', http.put('/cart/discount').set(guest).send({ code: 'MUGS' }), 200);
    await call('cart.applyDiscount', http.put('/cart/discount').set(guest).send({ code: 'big-spender' }), 409);
    await call('cart.applyDiscount', http.put('/cart/discount').set(guest).send({ code: 'none' }), 404);
    await call('cart.removeDiscount', http.delete('/cart/discount').set(guest), 200);
    await call('cart.applyDiscount', http.put('/cart/discount').set(guest).send({ code: 'mugs' }), 200);
    await call('cart.merge', http.post('/cart/merge').set(customer.auth).send({ cartToken }), 200);
    await call('cart.merge', http.post('/cart/merge').set(customer.auth).send({ cartToken }), 404);

    const home = { name: 'Ann', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };
    await call('orders.place', http.post('/order').set(customer.auth).send({ expectedTotalPrice: 1 }), 409);
    await call('orders.place', http.post('/order').set(customer.auth).send({ shippingAddressId: 999_999 }), 404);
    await call('orders.place', http.post('/order').set(customer.auth).send({ shippingAddress: home, expectedTotalPrice: 12 }), 201);
  });

  it('for webhooks and their deliveries', async () => {
    const { http } = app;
    const fields = { url: 'http://127.0.0.1:9/hooks', events: ['product.created'], description: 'Catalog sync' };
    const created = await call('webhooks.create', http.post('/webhooks').set(admin.auth).send(fields), 201);
    await call('webhooks.create', http.post('/webhooks').set(admin.auth).send({ ...fields, url: 'http://169.254.169.254/' }), 400);
    const webhookPath = `/webhooks/${created.body.id}`;
    await call('webhooks.update', http.put(webhookPath).set(admin.auth).send({ events: ['*'] }), 200);
    await call('webhooks.byId', http.get(webhookPath).set(admin.auth), 200);
    await call('webhooks.list', http.get('/webhooks').set(admin.auth), 200);
    await call('webhooks.list', http.get('/webhooks').set(customer.auth), 403);
    const category = (await http.post('/categories').set(admin.auth).send({ name: 'Hooks' })).body;
    await http.post('/products').set(admin.auth).send({ name: 'Hook', price: 1, quantity: 1, categoryId: category.id });
    const deliveries = await call('webhooks.deliveries', http.get(`${webhookPath}/deliveries?status=pending`).set(admin.auth), 200);
    const retryPath = `${webhookPath}/deliveries/${deliveries.body.items[0].id}/retry`;
    await call('webhooks.retryDelivery', http.post(retryPath).set(admin.auth), 202);
    await call('webhooks.retryDelivery', http.post(`${webhookPath}/deliveries/999999/retry`).set(admin.auth), 404);
    await call('webhooks.delete', http.delete(webhookPath).set(admin.auth), 204);
    await call('webhooks.deliveries', http.get(`${webhookPath}/deliveries`).set(admin.auth), 404);
  });

  it('for the address book', async () => {
    const { http } = app;
    const fields = { name: 'Ann', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'de' };
    const created = await call('addresses.create', http.post('/addresses').set(customer.auth).send(fields), 201);
    await call('addresses.create', http.post('/addresses').set(customer.auth).send({ ...fields, country: 'XX' }), 400);
    const addressPath = `/addresses/${created.body.id}`;
    await call('addresses.update', http.put(addressPath).set(customer.auth).send({ phone: '+49 30 1' }), 200);
    await call('addresses.byId', http.get(addressPath).set(customer.auth), 200);
    await call('addresses.byId', http.get(addressPath).set(admin.auth), 404);
    await call('addresses.list', http.get('/addresses?pageSize=5').set(customer.auth), 200);
    await call('addresses.delete', http.delete(addressPath).set(customer.auth), 204);
    await call('addresses.delete', http.delete(addressPath).set(customer.auth), 404);
  });

  it('for every operation the tRPC router also serves', () => {
    expect(OPERATIONS.map((operation) => operation.id).filter((operationId) => !checked.has(operationId))).toEqual([]);
  });
});
