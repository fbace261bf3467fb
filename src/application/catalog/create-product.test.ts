import { describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

describe('CreateProduct', () => {
  it('creates a product in a transaction and returns it with its category', async () => {
    const { category, createProduct, getProduct, uow } = catalogFixture();
    const books = await category('Books');
    const runsBefore = uow.runs;
    const input = { name: ' Dune ', price: 19.99, quantity: 3, categoryId: books.id, description: '' };
    const created = await createProduct.execute({ ...input, imageUrl: 'https://a.io/d.png' }, admin);
    expect(created).toEqual({
      id: expect.any(Number),
      name: 'Dune',
      description: null,
      price: 19.99,
      quantity: 3,
      categoryId: books.id,
      category: { id: books.id, name: 'Books' },
      imageUrl: 'https://a.io/d.png',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(uow.runs).toBe(runsBefore + 1);
    await expect(getProduct.execute(created.id)).resolves.toEqual(created);
  });

  it('is for admins only', async () => {
    const { category, createProduct, list } = catalogFixture();
    const books = await category();
    await expect(
      createProduct.execute({ name: 'Dune', price: 1, quantity: 1, categoryId: books.id }, customer),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(list()).resolves.toMatchObject({ total: 0 });
  });

  it('refuses an unknown category with CATEGORY_NOT_FOUND on categoryId', async () => {
    const { createProduct } = catalogFixture();
    await expect(
      createProduct.execute({ name: 'Dune', price: 1, quantity: 1, categoryId: 42 }, admin),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      code: 'CATEGORY_NOT_FOUND',
      errors: [{ path: 'categoryId' }],
    });
  });

  it('lets the domain refuse what the schema did not see', async () => {
    const { category, createProduct } = catalogFixture();
    const books = await category();
    await expect(
      createProduct.execute({ name: 'Dune', price: 0.001, quantity: 1, categoryId: books.id }, admin),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'price' }] });
    await expect(
      createProduct.execute({ name: 'Dune', price: 1, quantity: -1, categoryId: books.id }, admin),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'quantity' }] });
  });

  it('keeps prices exact', async () => {
    const { category, product } = catalogFixture();
    const books = await category();
    for (const price of [0.1, 0.29, 4.35, 123456.78, 1_000_000, 0]) {
      await expect(product({ categoryId: books.id, price })).resolves.toMatchObject({ price });
    }
  });
});
