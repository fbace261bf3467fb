import type { Response } from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProductView } from '../../src/application/catalog/product-view';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

function expectProblem(response: Response, status: number, code: string): void {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  expect(response.status).toBe(status);
}

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describeEachDatabase('products CRUD over REST', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let customer: SignedIn;
  let books: { id: number; name: string };
  let games: { id: number; name: string };

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
    customer = await signUpAndLogIn(app);
    books = (await app.http.post('/categories').set(admin.auth).send({ name: 'Books' }).expect(201)).body;
    games = (await app.http.post('/categories').set(admin.auth).send({ name: 'Games' }).expect(201)).body;
  });
  afterAll(() => app?.close());

  const create = async (fields: Record<string, unknown> = {}): Promise<ProductView> => {
    const body = { name: 'Dune', price: 9.99, quantity: 3, categoryId: books.id, ...fields };
    return (await app.http.post('/products').set(admin.auth).send(body).expect(201)).body;
  };

  it('creates a product and answers with exactly the contract shape, also on GET', async () => {
    const created = await app.http
      .post('/products')
      .set(admin.auth)
      .send({
        name: 'Dune',
        description: 'Desert planet.',
        price: 19.99,
        quantity: 5,
        categoryId: books.id,
        imageUrl: 'https://cdn.shop.test/dune.png',
      })
      .expect(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: 'Dune',
      description: 'Desert planet.',
      price: 19.99,
      quantity: 5,
      categoryId: books.id,
      category: { id: books.id, name: 'Books' },
      imageUrl: 'https://cdn.shop.test/dune.png',
      createdAt: isoTimestamp,
      updatedAt: isoTimestamp,
    });
    expect(created.body.id).toBeGreaterThan(0);
    const fetched = await app.http.get(`/products/${created.body.id}`).expect(200);
    expect(fetched.body).toEqual(created.body);
  });

  it('stores a product without description or image with both as null', async () => {
    const product = await create({ name: 'Plain' });
    expect(product).toMatchObject({ description: null, imageUrl: null });
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toMatchObject({ description: null, imageUrl: null });
  });

  it('updates only the fields given, moves categories, and clears a field given as null', async () => {
    const product = await create({ description: 'Old.', imageUrl: 'http://img.shop.test/a.jpg' });
    const updated = await app.http
      .put(`/products/${product.id}`)
      .set(admin.auth)
      .send({ price: 12.5, categoryId: games.id, description: null })
      .expect(200);
    expect(updated.body).toEqual({
      ...product,
      price: 12.5,
      categoryId: games.id,
      category: { id: games.id, name: 'Games' },
      description: null,
      updatedAt: isoTimestamp,
    });
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(product.updatedAt));
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toEqual(updated.body);
  });

  it('deletes a product: 204, then 404 on GET, PUT and DELETE, and gone from the list', async () => {
    const product = await create({ name: 'Doomed' });
    const deleted = await app.http.delete(`/products/${product.id}`).set(admin.auth).expect(204);
    expect(deleted.text).toBe('');
    expectProblem(await app.http.get(`/products/${product.id}`), 404, 'NOT_FOUND');
    expectProblem(await app.http.put(`/products/${product.id}`).set(admin.auth).send({ quantity: 1 }), 404, 'NOT_FOUND');
    expectProblem(await app.http.delete(`/products/${product.id}`).set(admin.auth), 404, 'NOT_FOUND');
    const list = await app.http.get('/products').query({ pageSize: 100 }).expect(200);
    expect(list.body.items.map((item: ProductView) => item.id)).not.toContain(product.id);
  });

  it.each(['get', 'put', 'delete'] as const)('answers %s on an unknown id with 404 NOT_FOUND', async (method) => {
    const request = app.http[method]('/products/999999').set(admin.auth);
    expectProblem(await (method === 'put' ? request.send({ quantity: 1 }) : request), 404, 'NOT_FOUND');
  });

  it('refuses writes without a token with 401 and changes nothing', async () => {
    const product = await create({ name: 'Guarded' });
    const before = (await app.http.get('/products').expect(200)).body.total;
    expectProblem(await app.http.post('/products').send({ name: 'X', price: 1, quantity: 1, categoryId: books.id }), 401, 'UNAUTHENTICATED');
    expectProblem(await app.http.put(`/products/${product.id}`).send({ price: 1 }), 401, 'UNAUTHENTICATED');
    expectProblem(await app.http.delete(`/products/${product.id}`), 401, 'UNAUTHENTICATED');
    const malformed = { Authorization: 'Bearer not-a-jwt' };
    expectProblem(await app.http.put(`/products/${product.id}`).set(malformed).send({ price: 1 }), 401, 'UNAUTHENTICATED');
    expect((await app.http.get('/products').expect(200)).body.total).toBe(before);
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toEqual(product);
  });

  it('refuses writes by a customer with 403 and changes nothing', async () => {
    const product = await create({ name: 'Admin only' });
    const before = (await app.http.get('/products').expect(200)).body.total;
    const body = { name: 'X', price: 1, quantity: 1, categoryId: books.id };
    expectProblem(await app.http.post('/products').set(customer.auth).send(body), 403, 'FORBIDDEN');
    expectProblem(await app.http.put(`/products/${product.id}`).set(customer.auth).send({ price: 1 }), 403, 'FORBIDDEN');
    expectProblem(await app.http.delete(`/products/${product.id}`).set(customer.auth), 403, 'FORBIDDEN');
    expect((await app.http.get('/products').expect(200)).body.total).toBe(before);
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toEqual(product);
  });

  it.each([0, 0.01, 0.1, 0.2, 0.3, 1.15, 4.35, 8.2, 19.99, 999_999.99, 1_000_000])(
    'keeps the price %d exact through create, GET, list and an exact price filter',
    async (price) => {
      const product = await create({ name: `Priced ${price}`, price });
      expect(product.price).toBe(price);
      expect((await app.http.get(`/products/${product.id}`).expect(200)).body.price).toBe(price);
      const exact = await app.http.get('/products').query({ minPrice: price, maxPrice: price, pageSize: 100 }).expect(200);
      expect(exact.body.items).toContainEqual(expect.objectContaining({ id: product.id, price }));
    },
  );

  it('keeps a price exact through an update', async () => {
    const product = await create({ price: 0.1 });
    const updated = await app.http.put(`/products/${product.id}`).set(admin.auth).send({ price: 0.7 }).expect(200);
    expect(updated.body.price).toBe(0.7);
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body.price).toBe(0.7);
  });

  it('ignores id, timestamps and other unknown fields in the body', async () => {
    const other = await create({ name: 'Other' });
    const forged = { id: other.id, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' };
    const extra = { ...forged, deletedAt: '2000-01-01T00:00:00.000Z', category: { id: games.id, name: 'Hacked' } };
    const product = await create({ name: 'Honest', ...extra });
    expect(product.id).not.toBe(other.id);
    expect(product.createdAt).not.toBe(forged.createdAt);
    expect(product.category).toEqual({ id: books.id, name: 'Books' });
    const updated = await app.http.put(`/products/${product.id}`).set(admin.auth).send({ ...extra, quantity: 9 }).expect(200);
    expect(updated.body).toMatchObject({ id: product.id, createdAt: product.createdAt, quantity: 9, categoryId: books.id });
    expect((await app.http.get(`/products/${other.id}`).expect(200)).body).toEqual(other);
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body.category.name).toBe('Books');
  });
});
