import { Authenticate } from '../../src/application/accounts/authenticate';
import { CreateCategory } from '../../src/application/catalog/create-category';
import { CreateProduct } from '../../src/application/catalog/create-product';
import { DeleteProduct } from '../../src/application/catalog/delete-product';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProductView } from '../../src/application/catalog/product-view';
import { PRODUCT_SORTS, type ProductSort } from '../../src/application/catalog/schemas';
import type { Actor } from '../../src/application/shared/actor';
import { signInAsAdmin } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

const CATEGORY_COUNT = 3;

// Few distinct names and prices, so that ties (broken by id) are common.
const priceCentsArb = fc.integer({ min: 0, max: 20 }).map((n) => n * 75);
// Lowercase letters only in names: every database collation orders them as JavaScript does.
const productArb = fc.record({
  name: fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 2 }),
  description: fc.option(fc.string({ unit: fc.constantFrom('a', 'b', 'C', ' '), maxLength: 5 }), { nil: undefined }),
  priceCents: priceCentsArb,
  quantity: fc.integer({ min: 0, max: 2 }),
  categoryIndex: fc.integer({ min: 0, max: CATEGORY_COUNT - 1 }),
});

const priceBoundArb = fc.oneof(priceCentsArb, fc.integer({ min: 0, max: 1500 }));
// Each filter is left out half of the time, so that queries often match many products.
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const queryArb = fc.record({
  page: optional(fc.integer({ min: 1, max: 5 })),
  pageSize: optional(fc.integer({ min: 1, max: 8 })),
  categoryIndex: optional(fc.integer({ min: 0, max: CATEGORY_COUNT - 1 })),
  // `%` and `_` appear in no name or description, so they must match nothing rather than anything.
  q: optional(fc.string({ unit: fc.constantFrom('a', 'B', 'c', '%', '_'), minLength: 1, maxLength: 2 })),
  priceBounds: fc.tuple(optional(priceBoundArb), optional(priceBoundArb)),
  inStock: optional(fc.constant(true)),
  sort: fc.option(fc.constantFrom(...PRODUCT_SORTS), { nil: undefined }),
});
type ListQuery = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

interface Filters {
  categoryId?: number;
  q?: string;
  minCents?: number;
  maxCents?: number;
  inStock?: true;
  sort: ProductSort;
}

const cents = (product: ProductView) => Math.round(product.price * 100);

function compare(sort: ProductSort, a: ProductView, b: ProductView): number {
  const field = sort.replace('-', '');
  const direction = sort.startsWith('-') ? -1 : 1;
  const [x, y] = field === 'name' ? [a.name, b.name] : field === 'price' ? [cents(a), cents(b)] : [a.createdAt, b.createdAt];
  const byField = x < y ? -1 : x > y ? 1 : 0;
  return direction * (byField || a.id - b.id);
}

/** What the listing must answer, computed in memory from the products as the API returned them. */
function expectedListing(products: ProductView[], filters: Filters): ProductView[] {
  const q = filters.q?.toLowerCase();
  return products
    .filter(
      (product) =>
        (filters.categoryId === undefined || product.categoryId === filters.categoryId) &&
        (!q || product.name.toLowerCase().includes(q) || !!product.description?.toLowerCase().includes(q)) &&
        (filters.minCents === undefined || cents(product) >= filters.minCents) &&
        (filters.maxCents === undefined || cents(product) <= filters.maxCents) &&
        (!filters.inStock || product.quantity > 0),
    )
    .sort((a, b) => compare(filters.sort, a, b));
}

function withoutUndefined(values: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as never;
}

describeEachDatabase('GET /products against an in-memory model', (kind) => {
  let app: TestApp;
  let admin: Actor;
  let categoryIds: number[];

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.application.resolve(Authenticate).execute((await signInAsAdmin(app)).accessToken);
    categoryIds = [];
    for (let i = 0; i < CATEGORY_COUNT; i += 1) {
      categoryIds.push((await app.application.resolve(CreateCategory).execute({ name: `Shelf ${i}` }, admin)).id);
    }
  });
  afterAll(() => app?.close());

  async function checkQuery(products: ProductView[], query: ListQuery): Promise<void> {
    const [low, high] = query.priceBounds;
    const bothBounds = low !== undefined && high !== undefined;
    const filters: Filters = {
      categoryId: query.categoryIndex === undefined ? undefined : categoryIds[query.categoryIndex],
      q: query.q,
      minCents: bothBounds ? Math.min(low, high) : low,
      maxCents: bothBounds ? Math.max(low, high) : high,
      inStock: query.inStock,
      sort: query.sort ?? '-createdAt',
    };
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const expected = expectedListing(products, filters);
    const params = withoutUndefined({
      categoryId: filters.categoryId,
      q: filters.q,
      minPrice: filters.minCents === undefined ? undefined : filters.minCents / 100,
      maxPrice: filters.maxCents === undefined ? undefined : filters.maxCents / 100,
      inStock: filters.inStock,
      sort: query.sort,
    });

    const response = await app.http.get('/products').query(withoutUndefined({ ...params, page: query.page, pageSize: query.pageSize }));
    expect(response.status).toBe(200);
    const start = (page - 1) * pageSize;
    expect(response.body).toEqual({ items: expected.slice(start, start + pageSize), page, pageSize, total: expected.length });

    const walked: ProductView[] = [];
    for (let next = 1; next <= Math.ceil(expected.length / pageSize); next += 1) {
      walked.push(...(await app.http.get('/products').query({ ...params, page: next, pageSize }).expect(200)).body.items);
    }
    expect(walked.map((product) => product.id)).toEqual(expected.map((product) => product.id));
  }

  it('answers every query as a plain filter, sort and slice of the catalog would', async () => {
    const [createProduct, deleteProduct] = [app.application.resolve(CreateProduct), app.application.resolve(DeleteProduct)];
    await fc.assert(
      fc.asyncProperty(
        fc.array(productArb, { maxLength: 30, size: 'max' }),
        fc.array(queryArb, { minLength: 3, maxLength: 8 }),
        async (drafts, queries) => {
          const products: ProductView[] = [];
          try {
            for (const { priceCents, categoryIndex, ...draft } of drafts) {
              const fields = { ...draft, price: priceCents / 100, categoryId: categoryIds[categoryIndex]! };
              products.push(await createProduct.execute(fields, admin));
            }
            for (const query of queries) await checkQuery(products, query);
          } finally {
            // Each run sees only its own products, and a shrunk rerun starts from an empty catalog.
            for (const product of products) await deleteProduct.execute(product.id, admin);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);
});
