import { describe, expect, it } from 'vitest';
import { catalogFixture } from '../../../test/fixtures/catalog';

describe('ListCategories', () => {
  it('orders by name ignoring case, and pages by offset', async () => {
    const { category, listCategoryPage } = catalogFixture();
    for (const name of ['games', 'Books', 'art', 'Comics']) await category(name);
    const all = await listCategoryPage();
    expect(all.items.map((c) => c.name)).toEqual(['art', 'Books', 'Comics', 'games']);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    const second = await listCategoryPage({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: 4, items: [{ name: 'games' }] });
  });

  it('returns an empty page past the end', async () => {
    const { listCategoryPage } = catalogFixture();
    await expect(listCategoryPage({ page: 3 })).resolves.toEqual({ items: [], page: 3, pageSize: 20, total: 0 });
  });
});
