import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/shared/errors';
import { catalogFixture } from '../../../test/fixtures/catalog';

/** Five products a minute apart, in two categories; Dune and emma share a price. */
async function shop() {
  const fixture = catalogFixture();
  const books = await fixture.category('Books');
  const games = await fixture.category('Games');
  const add = async (name: string, price: number, quantity: number, categoryId: number, description?: string) => {
    const product = await fixture.product({ name, price, quantity, categoryId, description });
    fixture.clock.advanceSeconds(60);
    return product;
  };
  await add('Dune', 10, 3, books.id, 'Desert planet, 100% spice');
  await add('emma', 10, 0, books.id, 'A novel by Austen');
  await add('Chess', 25.5, 1, games.id);
  await add('go_board', 40, 2, games.id, 'Wooden');
  await add('Anathem', 15, 0, books.id);
  return { ...fixture, books, games };
}

const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

describe('ListProducts', () => {
  it('lists newest first by default, with the product category', async () => {
    const { list, books } = await shop();
    const page = await list();
    expect(names(page)).toEqual(['Anathem', 'go_board', 'Chess', 'emma', 'Dune']);
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 5 });
    expect(page.items[0]).toMatchObject({ category: { id: books.id, name: 'Books' }, price: 15 });
  });

  it('breaks ties of createdAt by id in the same direction', async () => {
    const { category, product, list } = catalogFixture();
    const books = await category();
    for (const name of ['a', 'b', 'c']) await product({ name, categoryId: books.id });
    expect(names(await list())).toEqual(['c', 'b', 'a']);
    expect(names(await list({ sort: 'createdAt' }))).toEqual(['a', 'b', 'c']);
  });

  it('sorts by name ignoring case and by price with ties by id in the same direction', async () => {
    const { list } = await shop();
    expect(names(await list({ sort: 'name' }))).toEqual(['Anathem', 'Chess', 'Dune', 'emma', 'go_board']);
    expect(names(await list({ sort: '-name' }))).toEqual(['go_board', 'emma', 'Dune', 'Chess', 'Anathem']);
    expect(names(await list({ sort: 'price' }))).toEqual(['Dune', 'emma', 'Anathem', 'Chess', 'go_board']);
    expect(names(await list({ sort: '-price' }))).toEqual(['go_board', 'Chess', 'Anathem', 'emma', 'Dune']);
  });

  it('filters by category, stock and inclusive price bounds', async () => {
    const { list, games } = await shop();
    expect(names(await list({ categoryId: games.id, sort: 'name' }))).toEqual(['Chess', 'go_board']);
    expect(names(await list({ inStock: true, sort: 'name' }))).toEqual(['Chess', 'Dune', 'go_board']);
    expect(names(await list({ inStock: false, sort: 'name' }))).toEqual(['Anathem', 'emma']);
    expect(names(await list({ minPrice: 15, maxPrice: 25.5, sort: 'name' }))).toEqual(['Anathem', 'Chess']);
    expect(names(await list({ maxPrice: 10, sort: 'name' }))).toEqual(['Dune', 'emma']);
    await expect(list({ categoryId: 99 })).resolves.toMatchObject({ items: [], total: 0 });
  });

  it('searches name and description case-insensitively, taking % and _ literally', async () => {
    const { list } = await shop();
    expect(names(await list({ q: 'EMMA' }))).toEqual(['emma']);
    expect(names(await list({ q: 'austen' }))).toEqual(['emma']);
    expect(names(await list({ q: '100%' }))).toEqual(['Dune']);
    expect(names(await list({ q: '%' }))).toEqual(['Dune']);
    expect(names(await list({ q: '_' }))).toEqual(['go_board']);
    expect(names(await list({ q: '   ' }))).toHaveLength(5);
  });

  it('pages by offset and reports the total of all matches', async () => {
    const { list } = await shop();
    const second = await list({ sort: 'name', page: 2, pageSize: 2 });
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(names(second)).toEqual(['Dune', 'emma']);
    expect(names(await list({ sort: 'name', page: 3, pageSize: 2 }))).toEqual(['go_board']);
    await expect(list({ page: 4, pageSize: 2 })).resolves.toMatchObject({ items: [], total: 5 });
  });

  it('refuses a minimum price above the maximum', async () => {
    const { list } = await shop();
    await expect(list({ minPrice: 20, maxPrice: 10 })).rejects.toMatchObject({
      constructor: ValidationError,
      errors: [{ path: 'minPrice' }],
    });
    await expect(list({ minPrice: 10, maxPrice: 10 })).resolves.toMatchObject({ total: 2 });
  });
});
