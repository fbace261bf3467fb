import type { Response } from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProductView } from '../../src/application/catalog/product-view';
import { type SignedIn, signInAsAdmin } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

function expectInvalid(response: Response, path: string, code = 'VALIDATION_FAILED'): void {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', code });
  expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]));
  expect(response.status).toBe(400);
}

const INVALID_FIELDS: [string, Record<string, unknown>, string][] = [
  ['an empty name', { name: '' }, 'name'],
  ['a blank name', { name: '   ' }, 'name'],
  ['a name of 201 characters', { name: 'n'.repeat(201) }, 'name'],
  ['a number as name', { name: 42 }, 'name'],
  ['a description of 5001 characters', { description: 'd'.repeat(5001) }, 'description'],
  ['a negative price', { price: -0.01 }, 'price'],
  ['a price with 3 decimals', { price: 19.999 }, 'price'],
  ['the float sum 0.1 + 0.2', { price: 0.1 + 0.2 }, 'price'],
  ['a price above 1,000,000', { price: 1_000_000.01 }, 'price'],
  ['a price written as a string', { price: '3' }, 'price'],
  ['a null price', { price: null }, 'price'],
  ['a negative quantity', { quantity: -1 }, 'quantity'],
  ['a fractional quantity', { quantity: 1.5 }, 'quantity'],
  ['a quantity above 1,000,000', { quantity: 1_000_001 }, 'quantity'],
  ['a quantity written as a string', { quantity: '3' }, 'quantity'],
  ['a zero categoryId', { categoryId: 0 }, 'categoryId'],
  ['a categoryId written as a string', { categoryId: '1' }, 'categoryId'],
  ['an ftp imageUrl', { imageUrl: 'ftp://files.shop.test/a.png' }, 'imageUrl'],
  ['a relative imageUrl', { imageUrl: '/images/a.png' }, 'imageUrl'],
  ['a javascript: imageUrl', { imageUrl: 'javascript:alert(1)' }, 'imageUrl'],
  ['an imageUrl that is no URL', { imageUrl: 'not a url' }, 'imageUrl'],
];

describeEachDatabase('product validation over REST', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let books: { id: number };
  let untouched: { id: number };

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
    books = (await app.http.post('/categories').set(admin.auth).send({ name: 'Books' }).expect(201)).body;
    // Refused creates aim here, so that anything stored by mistake shows up in its listing.
    untouched = (await app.http.post('/categories').set(admin.auth).send({ name: 'Untouched' }).expect(201)).body;
  });
  afterAll(() => app?.close());

  const valid = () => ({ name: 'Dune', price: 9.99, quantity: 3, categoryId: books.id });
  const totalIn = async (categoryId: number): Promise<number> =>
    (await app.http.get('/products').query({ categoryId }).expect(200)).body.total;
  const create = async (fields: Record<string, unknown> = {}): Promise<ProductView> =>
    (await app.http.post('/products').set(admin.auth).send({ ...valid(), ...fields }).expect(201)).body;

  it.each(INVALID_FIELDS)('refuses to create a product with %s, naming the field', async (_, override, path) => {
    const body = { ...valid(), categoryId: untouched.id, ...override };
    expectInvalid(await app.http.post('/products').set(admin.auth).send(body), path);
    expect(await totalIn(untouched.id)).toBe(0);
  });

  it.each(['name', 'price', 'quantity', 'categoryId'])('refuses to create a product without %s', async (field) => {
    const body: Record<string, unknown> = { ...valid(), categoryId: untouched.id };
    delete body[field];
    expectInvalid(await app.http.post('/products').set(admin.auth).send(body), field);
    expect(await totalIn(untouched.id)).toBe(0);
  });

  it('refuses a non-finite price written in the JSON text', async () => {
    const text = `{"name":"Big","price":1e400,"quantity":1,"categoryId":${untouched.id}}`;
    const response = await app.http.post('/products').set(admin.auth).set('Content-Type', 'application/json').send(text);
    expectInvalid(response, 'price');
    expect(await totalIn(untouched.id)).toBe(0);
  });

  it.each(INVALID_FIELDS)('refuses to update a product with %s and leaves it as it was', async (_, override, path) => {
    const product = await create();
    expectInvalid(await app.http.put(`/products/${product.id}`).set(admin.auth).send(override), path);
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toEqual(product);
  });

  it('accepts every field at its bounds', async () => {
    const lowest = await create({ name: 'x', price: 0, quantity: 0, imageUrl: 'http://localhost:8080/a.jpg?x=1' });
    expect(lowest).toMatchObject({ name: 'x', price: 0, quantity: 0, imageUrl: 'http://localhost:8080/a.jpg?x=1' });
    const highest = {
      name: 'n'.repeat(200),
      description: 'd'.repeat(5000),
      price: 1_000_000,
      quantity: 1_000_000,
      imageUrl: 'https://cdn.shop.test/big.png',
    };
    expect(await create(highest)).toMatchObject(highest);
  });

  it('refuses an unknown categoryId on create with CATEGORY_NOT_FOUND and stores nothing', async () => {
    const before = (await app.http.get('/products').expect(200)).body.total;
    expectInvalid(await app.http.post('/products').set(admin.auth).send({ ...valid(), categoryId: 999_999 }), 'categoryId', 'CATEGORY_NOT_FOUND');
    expect((await app.http.get('/products').expect(200)).body.total).toBe(before);
  });

  it('refuses an unknown or deleted categoryId on update and leaves the product as it was', async () => {
    const product = await create();
    const gone = (await app.http.post('/categories').set(admin.auth).send({ name: 'Gone' }).expect(201)).body;
    await app.http.delete(`/categories/${gone.id}`).set(admin.auth).expect(204);
    for (const categoryId of [999_999, gone.id]) {
      const response = await app.http.put(`/products/${product.id}`).set(admin.auth).send({ categoryId, quantity: 8 });
      expectInvalid(response, 'categoryId', 'CATEGORY_NOT_FOUND');
    }
    expect((await app.http.get(`/products/${product.id}`).expect(200)).body).toEqual(product);
  });
});
