import { expect, it } from 'vitest';
import type { ProductView } from '../../src/application/catalog/product-view';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

const WRITERS = 8;

describeEachDatabase('GET /products total through concurrent writes', (kind) => {
  const suite = appWithAdmin(kind);

  const category = async (name: string): Promise<number> =>
    (await suite.app.http.post('/categories').set(suite.admin.auth).send({ name }).expect(201)).body.id;
  const total = async (query: Record<string, string | number>): Promise<number> =>
    (await suite.app.http.get('/products').query({ pageSize: 1, ...query }).expect(200)).body.total;
  /** The kept total (category alone, or nothing) and the counted one (a filter every product passes). */
  const totals = async (categoryId?: number) => {
    const query: Record<string, number> = categoryId === undefined ? {} : { categoryId };
    return [await total(query), await total({ ...query, minPrice: 0 })];
  };

  it('stays what a count finds while products are created, moved and deleted at once', async () => {
    const { http } = suite.app;
    const [books, toys] = [await category('Books'), await category('Toys')];
    const created = await Promise.all(
      Array.from({ length: WRITERS }, async (_, n) =>
        (await http.post('/products').set(suite.admin.auth).send({ name: `Item ${n}`, price: 1, quantity: 1, categoryId: books }).expect(201))
          .body as ProductView,
      ),
    );
    expect(await totals(books)).toEqual([WRITERS, WRITERS]);

    const moved = created.slice(0, WRITERS / 2);
    await Promise.all([
      ...moved.map((product) => http.put(`/products/${product.id}`).set(suite.admin.auth).send({ categoryId: toys }).expect(200)),
      // Renamed in place: the category keeps its count.
      http.put(`/products/${created[WRITERS - 1]!.id}`).set(suite.admin.auth).send({ name: 'Renamed' }).expect(200),
    ]);
    expect(await totals(books)).toEqual([WRITERS / 2, WRITERS / 2]);
    expect(await totals(toys)).toEqual([WRITERS / 2, WRITERS / 2]);

    await Promise.all(moved.map((product) => http.delete(`/products/${product.id}`).set(suite.admin.auth).expect(204)));
    await http.delete(`/products/${moved[0]!.id}`).set(suite.admin.auth).expect(404);
    expect(await totals(toys)).toEqual([0, 0]);
    expect(await totals()).toEqual([WRITERS / 2, WRITERS / 2]);

    // Its products all deleted, the category can go.
    await http.delete(`/categories/${toys}`).set(suite.admin.auth).expect(204);
    expect(await totals()).toEqual([WRITERS / 2, WRITERS / 2]);
  });
});
