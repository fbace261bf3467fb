import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProductView } from '../../src/application/catalog/product-view';
import { type SignedIn, signInAsAdmin } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

type Query = Record<string, string | number | boolean>;

describeEachDatabase('GET /products listing', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let search: number;
  let fruit: number;

  const category = async (name: string): Promise<number> =>
    (await app.http.post('/categories').set(admin.auth).send({ name }).expect(201)).body.id;
  const product = async (categoryId: number, name: string, price: number, quantity: number, description?: string) =>
    (await app.http.post('/products').set(admin.auth).send({ name, price, quantity, categoryId, description }).expect(201))
      .body as ProductView;

  /** Gives products chosen creation times, so that sorting by createdAt differs from sorting by id. */
  async function setCreatedAt(product: ProductView, at: string): Promise<void> {
    await app.application.database.sequelize.query('UPDATE products SET created_at = :at WHERE id = :id', {
      replacements: { at: new Date(at), id: product.id },
    });
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await signInAsAdmin(app);
    search = await category('Search');
    await product(search, '100% Cotton Tee', 10, 1);
    await product(search, '1000 Threads Sheet', 20, 0, 'Soft');
    await product(search, 'snake_case mug', 5, 2);
    await product(search, 'snakeXcase mug', 5, 0);
    await product(search, 'Plain Mug', 7.5, 3, 'Organic COTTON sleeve');
    await product(search, 'Wow! Poster', 2, 1);
    fruit = await category('Fruit');
    const [apple, upperBanana, banana, cherry] = [
      await product(fruit, 'apple', 5, 1),
      await product(fruit, 'Banana', 3, 0),
      await product(fruit, 'banana', 3, 4),
      await product(fruit, 'cherry', 7, 2),
    ];
    await setCreatedAt(apple!, '2024-01-02T00:00:00.000Z');
    await setCreatedAt(upperBanana!, '2024-01-02T00:00:00.000Z');
    await setCreatedAt(banana!, '2024-01-01T00:00:00.000Z');
    await setCreatedAt(cherry!, '2024-01-03T00:00:00.000Z');
  });
  afterAll(() => app?.close());

  // Names with punctuation or digits collate differently per database, so those lists are compared as sets.
  const list = async (query: Query) => (await app.http.get('/products').query(query).expect(200)).body;
  const names = async (query: Query): Promise<string[]> => (await list(query)).items.map((item: ProductView) => item.name);

  it('answers a page of products with the default page, pageSize and the total', async () => {
    const page = await list({ categoryId: fruit });
    expect(page).toEqual({ items: expect.any(Array), page: 1, pageSize: 20, total: 4 });
    expect(page.items[0]).toMatchObject({ categoryId: fruit, category: { id: fruit, name: 'Fruit' } });
  });

  it('pages with page and pageSize, reporting the total of all matches', async () => {
    expect(await list({ categoryId: fruit, sort: 'name', pageSize: 3 })).toMatchObject({ page: 1, pageSize: 3, total: 4 });
    expect(await names({ categoryId: fruit, sort: 'name', pageSize: 3 })).toEqual(['apple', 'Banana', 'banana']);
    expect(await names({ categoryId: fruit, sort: 'name', pageSize: 3, page: 2 })).toEqual(['cherry']);
    expect(await list({ categoryId: fruit, pageSize: 3, page: 3 })).toMatchObject({ items: [], page: 3, total: 4 });
    expect((await list({ pageSize: 100 })).total).toBe(10);
  });

  it('filters by category', async () => {
    expect((await list({ categoryId: search })).items.every((item: ProductView) => item.categoryId === search)).toBe(true);
    expect((await list({ categoryId: search })).total).toBe(6);
    expect(await list({ categoryId: 999_999 })).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['cotton', ['100% Cotton Tee', 'Plain Mug']],
    ['COTTON', ['100% Cotton Tee', 'Plain Mug']],
    ['soft', ['1000 Threads Sheet']],
    ['%', ['100% Cotton Tee']],
    ['0%', ['100% Cotton Tee']],
    ['_', ['snake_case mug']],
    ['e_c', ['snake_case mug']],
    ['!', ['Wow! Poster']],
    ['MUG', ['Plain Mug', 'snake_case mug', 'snakeXcase mug']],
    ['nowhere', []],
  ])('searches q=%s case-insensitively in name or description, taking %% and _ literally', async (q, expected) => {
    expect((await names({ categoryId: search, q })).sort()).toEqual([...expected].sort());
    expect((await list({ q, pageSize: 100 })).total).toBe(expected.length);
  });

  it.each([
    [{ minPrice: 3, maxPrice: 5 }, ['apple', 'Banana', 'banana']],
    [{ minPrice: 5 }, ['apple', 'cherry']],
    [{ minPrice: 3.01 }, ['apple', 'cherry']],
    [{ maxPrice: 3 }, ['Banana', 'banana']],
    [{ maxPrice: 6.99 }, ['apple', 'Banana', 'banana']],
    [{ minPrice: 7, maxPrice: 7 }, ['cherry']],
  ])('filters by price %o with both bounds inclusive', async (bounds, expected) => {
    expect(await names({ categoryId: fruit, sort: 'name', ...bounds })).toEqual(expected);
  });

  it('keeps only products in stock with inStock=true, and combines filters', async () => {
    const inStock = await names({ categoryId: search, inStock: true });
    expect(inStock.sort()).toEqual(['100% Cotton Tee', 'Plain Mug', 'Wow! Poster', 'snake_case mug']);
    expect(await names({ categoryId: search, q: 'mug', inStock: true, maxPrice: 5, sort: 'name' })).toEqual(['snake_case mug']);
  });

  it.each([
    ['name', ['apple', 'Banana', 'banana', 'cherry']],
    ['-name', ['cherry', 'banana', 'Banana', 'apple']],
    ['price', ['Banana', 'banana', 'apple', 'cherry']],
    ['-price', ['cherry', 'apple', 'banana', 'Banana']],
    ['createdAt', ['banana', 'apple', 'Banana', 'cherry']],
    ['-createdAt', ['cherry', 'Banana', 'apple', 'banana']],
  ])('sorts by %s, breaking ties by id in the same direction', async (sort, expected) => {
    expect(await names({ categoryId: fruit, sort })).toEqual(expected);
  });

  it('sorts newest first by default', async () => {
    expect(await names({ categoryId: fruit })).toEqual(['cherry', 'Banana', 'apple', 'banana']);
  });

  it('accepts a pageSize of 100', async () => {
    expect(await list({ pageSize: 100 })).toMatchObject({ pageSize: 100 });
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ pageSize: 'abc' }, 'pageSize'],
    [{ pageSize: 2.5 }, 'pageSize'],
    [{ page: 0 }, 'page'],
    [{ page: -1 }, 'page'],
    [{ sort: 'popularity' }, 'sort'],
    [{ sort: 'id' }, 'sort'],
    [{ minPrice: -1 }, 'minPrice'],
    [{ minPrice: 1.001 }, 'minPrice'],
    [{ maxPrice: 'cheap' }, 'maxPrice'],
    [{ minPrice: 10, maxPrice: 5 }, 'minPrice'],
    [{ categoryId: 'books' }, 'categoryId'],
    [{ categoryId: 0 }, 'categoryId'],
    [{ inStock: 'yes' }, 'inStock'],
  ])('refuses the query %o with a validation problem naming the parameter', async (query, path) => {
    const response = await app.http.get('/products').query(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});
