import type { Response } from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CategoryView } from '../../src/application/catalog/category-view';
import { type SignedIn, signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

function expectProblem(response: Response, status: number, code: string, path?: string): void {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  if (path) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(response.status).toBe(status);
}

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describeEachDatabase('categories over REST', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let customer: SignedIn;
  let sequence = 0;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
    customer = await signUpAndLogIn(app);
  });
  afterAll(() => app?.close());

  const create = async (fields: Record<string, unknown> = {}): Promise<CategoryView> => {
    sequence += 1;
    const body = { name: `Category ${sequence}`, ...fields };
    return (await app.http.post('/categories').set(admin.auth).send(body).expect(201)).body;
  };
  const fetchCategory = async (id: number) => (await app.http.get(`/categories/${id}`).expect(200)).body;
  const allNames = async (): Promise<string[]> =>
    (await app.http.get('/categories').query({ pageSize: 100 }).expect(200)).body.items.map((c: CategoryView) => c.name);

  it('creates a category with exactly the contract shape, also on GET', async () => {
    const created = await app.http.post('/categories').set(admin.auth).send({ name: 'Books', description: 'Paper.' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: 'Books',
      description: 'Paper.',
      createdAt: isoTimestamp,
      updatedAt: isoTimestamp,
    });
    expect(await fetchCategory(created.body.id)).toEqual(created.body);
    expect((await create({ name: 'No description' })).description).toBeNull();
  });

  it('lists a page with page, pageSize and total, and walking the pages shows each category once', async () => {
    for (let i = 0; i < 5; i += 1) await create();
    const first = await app.http.get('/categories').expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: expect.any(Number) });
    const total: number = first.body.total;
    expect(first.body.items).toHaveLength(Math.min(total, 20));
    expect(first.body.items[0]).toEqual({ id: expect.any(Number), name: expect.any(String), description: expect.anything(), createdAt: isoTimestamp, updatedAt: isoTimestamp });
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(total / 2); page += 1) {
      const response = await app.http.get('/categories').query({ page, pageSize: 2 }).expect(200);
      expect(response.body).toMatchObject({ page, pageSize: 2, total });
      seen.push(...response.body.items.map((category: CategoryView) => category.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const beyond = await app.http.get('/categories').query({ page: Math.ceil(total / 2) + 1, pageSize: 2 }).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total });
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ page: 0 }, 'page'],
    [{ pageSize: 'abc' }, 'pageSize'],
  ])('refuses the list query %o naming the parameter', async (query, path) => {
    expectProblem(await app.http.get('/categories').query(query), 400, 'VALIDATION_FAILED', path);
  });

  it('updates only the fields given and clears a description given as null', async () => {
    const category = await create({ description: 'Kept.' });
    const renamed = await app.http.put(`/categories/${category.id}`).set(admin.auth).send({ name: 'Renamed' }).expect(200);
    expect(renamed.body).toEqual({ ...category, name: 'Renamed', updatedAt: isoTimestamp });
    const cleared = await app.http.put(`/categories/${category.id}`).set(admin.auth).send({ description: null }).expect(200);
    expect(cleared.body).toEqual({ ...renamed.body, description: null, updatedAt: isoTimestamp });
    expect(await fetchCategory(category.id)).toEqual(cleared.body);
  });

  it('takes a 200-character name whose lower case is longer', async () => {
    const name = 'İ'.repeat(200);
    const created = await app.http.post('/categories').set(admin.auth).send({ name }).expect(201);
    expect(created.body.name).toBe(name);
    await app.http.post('/categories').set(admin.auth).send({ name }).expect(409);
  });

  it('keeps names unique whatever their case, on create and on rename', async () => {
    const garden = await create({ name: 'Garden' });
    for (const name of ['garden', 'GARDEN', '  Garden  ']) {
      expectProblem(await app.http.post('/categories').set(admin.auth).send({ name }), 409, 'CATEGORY_NAME_TAKEN');
    }
    expect((await allNames()).filter((name) => name.toLowerCase() === 'garden')).toEqual(['Garden']);
    const other = await create({ name: 'Yard' });
    expectProblem(await app.http.put(`/categories/${other.id}`).set(admin.auth).send({ name: 'gArDeN' }), 409, 'CATEGORY_NAME_TAKEN');
    expect(await fetchCategory(other.id)).toEqual(other);
    const recased = await app.http.put(`/categories/${garden.id}`).set(admin.auth).send({ name: 'GARDEN' }).expect(200);
    expect(recased.body.name).toBe('GARDEN');
  });

  it('refuses to delete a category used by a live product, and deletes it once the product is gone', async () => {
    const category = await create();
    const product = await app.http
      .post('/products')
      .set(admin.auth)
      .send({ name: 'Tent', price: 120, quantity: 2, categoryId: category.id })
      .expect(201);
    const refused = await app.http.delete(`/categories/${category.id}`).set(admin.auth);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, code: expect.stringMatching(/^[A-Z][A-Z_]*$/) });
    expect(await fetchCategory(category.id)).toEqual(category);
    expect((await app.http.get(`/products/${product.body.id}`).expect(200)).body.category).toEqual({ id: category.id, name: category.name });
    await app.http.delete(`/products/${product.body.id}`).set(admin.auth).expect(204);
    await app.http.delete(`/categories/${category.id}`).set(admin.auth).expect(204);
    expectProblem(await app.http.get(`/categories/${category.id}`), 404, 'NOT_FOUND');
    expect(await allNames()).not.toContain(category.name);
  });

  it.each(['get', 'put', 'delete'] as const)('answers %s on an unknown id with 404 NOT_FOUND', async (method) => {
    const request = app.http[method]('/categories/999999').set(admin.auth);
    expectProblem(await (method === 'put' ? request.send({ name: 'Nowhere' }) : request), 404, 'NOT_FOUND');
  });

  it('refuses writes without a token (401) or by a customer (403) and changes nothing', async () => {
    const category = await create();
    const before = await allNames();
    for (const [headers, status, code] of [
      [{}, 401, 'UNAUTHENTICATED'],
      [{ Authorization: 'Bearer not-a-jwt' }, 401, 'UNAUTHENTICATED'],
      [customer.auth, 403, 'FORBIDDEN'],
    ] as const) {
      expectProblem(await app.http.post('/categories').set(headers).send({ name: 'Intruder' }), status, code);
      expectProblem(await app.http.put(`/categories/${category.id}`).set(headers).send({ name: 'Intruder' }), status, code);
      expectProblem(await app.http.delete(`/categories/${category.id}`).set(headers), status, code);
    }
    expect(await allNames()).toEqual(before);
    expect(await fetchCategory(category.id)).toEqual(category);
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name of 201 characters', { name: 'n'.repeat(201) }, 'name'],
    ['a number as name', { name: 42 }, 'name'],
    ['a description of 5001 characters', { description: 'd'.repeat(5001) }, 'description'],
  ])('refuses %s on create and update, naming the field and changing nothing', async (_, override, path) => {
    const before = await allNames();
    expectProblem(await app.http.post('/categories').set(admin.auth).send({ name: 'Valid', ...override }), 400, 'VALIDATION_FAILED', path);
    expect(await allNames()).toEqual(before);
    const category = await create();
    expectProblem(await app.http.put(`/categories/${category.id}`).set(admin.auth).send(override), 400, 'VALIDATION_FAILED', path);
    expect(await fetchCategory(category.id)).toEqual(category);
  });

  it('refuses to create a category without a name', async () => {
    expectProblem(await app.http.post('/categories').set(admin.auth).send({ description: 'Nameless.' }), 400, 'VALIDATION_FAILED', 'name');
  });

  it('accepts a name of 200 characters, the bound API.md sets for names', async () => {
    const name = 'n'.repeat(200);
    expect((await app.http.post('/categories').set(admin.auth).send({ name })).body).toMatchObject({ name });
  });

  it('ignores id, timestamps and other unknown fields in the body', async () => {
    const other = await create();
    const forged = { id: other.id, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z', nameKey: 'x' };
    const category = await create(forged);
    expect(category.id).not.toBe(other.id);
    expect(category.createdAt).not.toBe(forged.createdAt);
    const updated = await app.http.put(`/categories/${category.id}`).set(admin.auth).send({ ...forged, description: 'New.' }).expect(200);
    expect(updated.body).toMatchObject({ id: category.id, name: category.name, createdAt: category.createdAt, description: 'New.' });
    expect(await fetchCategory(other.id)).toEqual(other);
  });
});
