import { expect, it } from 'vitest';
import type { ProductListQuery } from '../../src/application/ports/product-repository';
import { Money } from '../../src/domain/shared/money';
import { describeEachAdapter } from './adapters';
import { atTime, createCategory, createProduct, productFields, unique } from './builders';

const T1 = '2030-01-01T00:00:00.000Z';
const T2 = '2030-01-02T00:00:00.000Z';
const cents = (minorUnits: number) => Money.ofMinor(minorUnits);

describeEachAdapter('ProductRepository contract', (adapters) => {
  const listIn = (categoryId: number, query: Partial<ProductListQuery> = {}) =>
    adapters().products.list({ page: 1, pageSize: 100, categoryId, sort: { field: 'name', direction: 'asc' }, ...query });
  const namesIn = async (categoryId: number, query: Partial<ProductListQuery> = {}) =>
    (await listIn(categoryId, query)).items.map((product) => product.name);

  it('finds a created product by id, with its category, as create returned it', async () => {
    const a = adapters();
    const category = await createCategory(a);
    const fields = productFields(category.id, { description: 'A desert planet', imageUrl: 'https://img.example/d.png' });
    const created = await a.uow.run(() => a.products.create(fields));

    expect(created).toEqual({ ...fields, id: expect.any(Number), createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    expect(await a.products.findById(created.id)).toEqual({ ...created, category: { id: category.id, name: category.name } });
    expect(await a.products.findById(987_654)).toBeNull();
  });

  it('updates every field and stamps updatedAt, keeping id and createdAt', async () => {
    const a = adapters();
    const [from, to] = [await createCategory(a), await createCategory(a)];
    const product = await atTime(T1, () => createProduct(a, from.id));
    const changes = { name: 'dune', description: 'sand', price: cents(1), quantity: 0, imageUrl: 'https://img.example/d' };
    const fields = productFields(to.id, changes);

    const updated = await atTime(T2, () => a.uow.run(() => a.products.update(product.id, fields)));

    expect(updated).toEqual({ ...fields, id: product.id, createdAt: new Date(T1), updatedAt: new Date(T2) });
    expect(await a.products.findById(product.id)).toEqual({ ...updated, category: { id: to.id, name: to.name } });
    expect(await a.uow.run(() => a.products.update(987_654, fields))).toBeNull();
  });

  it('finds a renamed product by its new text only', async () => {
    const a = adapters();
    const category = await createCategory(a);
    const product = await createProduct(a, category.id, { name: 'Old lamp', description: 'brass' });

    await a.uow.run(() => a.products.update(product.id, productFields(category.id, { name: 'New kettle', description: 'steel' })));

    expect(await namesIn(category.id, { q: 'kettle' })).toEqual(['New kettle']);
    expect(await namesIn(category.id, { q: 'steel' })).toEqual(['New kettle']);
    expect(await namesIn(category.id, { q: 'lamp' })).toEqual([]);
    expect(await namesIn(category.id, { q: 'brass' })).toEqual([]);
  });

  it('soft-deletes once: the product is gone for findById, list, update and a second delete', async () => {
    const a = adapters();
    const category = await createCategory(a);
    const [kept, deleted] = [await createProduct(a, category.id, { name: 'kept' }), await createProduct(a, category.id)];

    expect(await a.uow.run(() => a.products.softDelete(deleted.id))).toBe(true);

    expect(await a.products.findById(deleted.id)).toBeNull();
    expect(await listIn(category.id)).toEqual({ items: [await a.products.findById(kept.id)], total: 1 });
    expect(await a.uow.run(() => a.products.update(deleted.id, productFields(category.id)))).toBeNull();
    expect(await a.uow.run(() => a.products.softDelete(deleted.id))).toBe(false);
    expect(await a.uow.run(() => a.products.softDelete(987_654))).toBe(false);
  });

  it('counts the live products of one category only', async () => {
    const a = adapters();
    const [category, other, empty] = [await createCategory(a), await createCategory(a), await createCategory(a)];
    const deleted = await createProduct(a, category.id);
    for (const categoryId of [category.id, category.id, other.id]) await createProduct(a, categoryId);
    await a.uow.run(() => a.products.softDelete(deleted.id));

    expect(await a.products.countLiveInCategory(category.id)).toBe(2);
    expect(await a.products.countLiveInCategory(empty.id)).toBe(0);
  });

  it('filters by category, text, inclusive price bounds and stock', async () => {
    const a = adapters();
    const [shelf, other] = [await createCategory(a), await createCategory(a)];
    const stock = [
      { name: 'dune', price: cents(999), quantity: 5, description: 'A Desert planet' },
      { name: 'emma', price: cents(1500), quantity: 0, description: 'Now 50% off' },
      { name: 'ulysses', price: cents(2000), quantity: 1, description: 'in snake_case' },
      { name: 'sandman', price: cents(2001), quantity: 2, description: null },
    ];
    for (const fields of stock) await createProduct(a, shelf.id, fields);
    await createProduct(a, other.id, { name: 'dune' });

    expect(await namesIn(shelf.id)).toEqual(['dune', 'emma', 'sandman', 'ulysses']);
    expect(await namesIn(shelf.id, { q: 'DUNE' })).toEqual(['dune']);
    expect(await namesIn(shelf.id, { q: 'desert' })).toEqual(['dune']);
    expect(await namesIn(shelf.id, { q: 'SAND' })).toEqual(['sandman']);
    expect(await namesIn(shelf.id, { q: '%' })).toEqual(['emma']);
    expect(await namesIn(shelf.id, { q: '_' })).toEqual(['ulysses']);
    expect(await namesIn(shelf.id, { q: 'd%e' })).toEqual([]);
    expect(await namesIn(shelf.id, { q: 's_n' })).toEqual([]);
    expect(await namesIn(shelf.id, { minPrice: cents(1500), maxPrice: cents(2000) })).toEqual(['emma', 'ulysses']);
    expect(await namesIn(shelf.id, { minPrice: cents(2001) })).toEqual(['sandman']);
    expect(await namesIn(shelf.id, { maxPrice: cents(999) })).toEqual(['dune']);
    expect(await namesIn(shelf.id, { inStock: true })).toEqual(['dune', 'sandman', 'ulysses']);
    expect(await namesIn(shelf.id, { inStock: false })).toEqual(['emma']);
    expect(await namesIn(shelf.id, { q: 'n', inStock: true, maxPrice: cents(2000) })).toEqual(['dune', 'ulysses']);
  });

  it('folds case beyond ASCII in the text filter', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    await createProduct(a, shelf.id, { name: 'eclair', description: 'CRÈME BRÛLÉE' });

    expect(await namesIn(shelf.id, { q: 'crème' })).toEqual(['eclair']);
    expect(await namesIn(shelf.id, { q: 'Brûlée' })).toEqual(['eclair']);
  });

  it('keeps accents apart in the text filter', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    await createProduct(a, shelf.id, { name: 'eclair', description: 'crème brûlée' });

    expect(await namesIn(shelf.id, { q: 'creme' })).toEqual([]);
  });

  it('sorts by name, price or creation time, breaking ties by id in the same direction', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    const create = (name: string, minorUnits: number, time: string) =>
      atTime(time, () => createProduct(a, shelf.id, { name, price: cents(minorUnits) }));
    const p1 = (await create('pear', 300, T1)).id;
    const p2 = (await create('apple', 100, T2)).id;
    const p3 = (await create('pear', 100, T1)).id;
    const p4 = (await create('fig', 300, T2)).id;
    const idsBy = async (field: ProductListQuery['sort']['field'], direction: 'asc' | 'desc') =>
      (await listIn(shelf.id, { sort: { field, direction } })).items.map((product) => product.id);

    expect(await idsBy('name', 'asc')).toEqual([p2, p4, p1, p3]);
    expect(await idsBy('name', 'desc')).toEqual([p3, p1, p4, p2]);
    expect(await idsBy('price', 'asc')).toEqual([p2, p3, p1, p4]);
    expect(await idsBy('price', 'desc')).toEqual([p4, p1, p3, p2]);
    expect(await idsBy('createdAt', 'asc')).toEqual([p1, p3, p2, p4]);
    expect(await idsBy('createdAt', 'desc')).toEqual([p4, p2, p3, p1]);
  });

  it('sorts by the name as it is now, ignoring case beyond ASCII', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    const [banana, apple, cherry] = [
      await createProduct(a, shelf.id, { name: 'Banana' }),
      await createProduct(a, shelf.id, { name: 'apple' }),
      await createProduct(a, shelf.id, { name: 'CHERRY' }),
    ];
    expect(await namesIn(shelf.id)).toEqual(['apple', 'Banana', 'CHERRY']);

    await a.uow.run(() => a.products.update(apple.id, productFields(shelf.id, { name: 'Date' })));
    expect(await namesIn(shelf.id, { sort: { field: 'name', direction: 'desc' } })).toEqual(['Date', 'CHERRY', 'Banana']);

    await a.uow.run(() => a.products.update(banana.id, productFields(shelf.id, { name: 'ÉCLAIR' })));
    await a.uow.run(() => a.products.update(cherry.id, productFields(shelf.id, { name: 'éclair' })));
    expect(await namesIn(shelf.id)).toEqual(['Date', 'ÉCLAIR', 'éclair']);
    expect(await namesIn(shelf.id, { sort: { field: 'name', direction: 'desc' } })).toEqual(['éclair', 'ÉCLAIR', 'Date']);
  });

  it('keeps the total exact through creates, moves between categories and deletes', async () => {
    const a = adapters();
    const [from, to] = [await createCategory(a), await createCategory(a)];
    const [moved, renamed, deleted] = [await createProduct(a, from.id), await createProduct(a, from.id), await createProduct(a, from.id)];

    await a.uow.run(() => a.products.update(moved.id, productFields(to.id)));
    await a.uow.run(() => a.products.update(renamed.id, productFields(from.id, { name: 'renamed' })));
    await a.uow.run(() => a.products.softDelete(deleted.id));
    await a.uow.run(() => a.products.softDelete(deleted.id));
    await a.uow.run(() => a.products.update(deleted.id, productFields(to.id)));

    // The category alone, or no filter at all, against the same listing with a filter that keeps every product.
    const totals = async (categoryId?: number) => [
      (await a.products.list({ page: 1, pageSize: 1, categoryId, sort: { field: 'price', direction: 'asc' } })).total,
      (await a.products.list({ page: 1, pageSize: 1, categoryId, minPrice: cents(0), sort: { field: 'price', direction: 'asc' } })).total,
    ];
    expect(await totals(from.id)).toEqual([1, 1]);
    expect(await totals(to.id)).toEqual([1, 1]);
    expect(await totals(987_654)).toEqual([0, 0]);
    const [kept, counted] = await totals();
    expect(kept).toBe(counted);
  });

  it('counts products created and deleted at once, each in its own transaction', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    const created = await Promise.all(Array.from({ length: 8 }, (_, n) => createProduct(a, shelf.id, { name: `item ${n}` })));
    await Promise.all(created.slice(0, 3).map((product) => a.uow.run(() => a.products.softDelete(product.id))));

    expect((await listIn(shelf.id, { pageSize: 2 })).total).toBe(5);
    expect(await a.products.countLiveInCategory(shelf.id)).toBe(5);
  });

  it('pages through the sorted list, counting every match on each page', async () => {
    const a = adapters();
    const shelf = await createCategory(a);
    const names = ['delta', 'alpha', 'echo', 'charlie', 'bravo'].map((name) => unique(name));
    for (const name of names) await createProduct(a, shelf.id, { name });
    const sorted = [...names].sort();
    const page = async (n: number) => {
      const result = await listIn(shelf.id, { page: n, pageSize: 2 });
      return { names: result.items.map((product) => product.name), total: result.total };
    };

    expect(await page(1)).toEqual({ names: sorted.slice(0, 2), total: 5 });
    expect(await page(2)).toEqual({ names: sorted.slice(2, 4), total: 5 });
    expect(await page(3)).toEqual({ names: sorted.slice(4), total: 5 });
    expect(await page(4)).toEqual({ names: [], total: 5 });
  });
});
