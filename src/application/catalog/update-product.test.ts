import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

async function withProduct() {
  const fixture = catalogFixture();
  const books = await fixture.category('Books');
  const dune = await fixture.product({ categoryId: books.id, description: 'Sand.', imageUrl: 'https://a.io/d' });
  return { ...fixture, books, dune };
}

describe('UpdateProduct', () => {
  it('changes only the given fields and moves updatedAt', async () => {
    const { updateProduct, getProduct, clock, dune } = await withProduct();
    clock.advanceSeconds(60);
    const updated = await updateProduct.execute(dune.id, { price: 12.5, description: null }, admin);
    expect(updated).toEqual({
      ...dune,
      price: 12.5,
      description: null,
      updatedAt: '2026-01-01T00:01:00.000Z',
    });
    await expect(getProduct.execute(dune.id)).resolves.toEqual(updated);
  });

  it('accepts an empty change', async () => {
    const { updateProduct, dune } = await withProduct();
    await expect(updateProduct.execute(dune.id, {}, admin)).resolves.toEqual(dune);
  });

  it('moves a product to another category', async () => {
    const { updateProduct, category, dune } = await withProduct();
    const novels = await category('Novels');
    await expect(updateProduct.execute(dune.id, { categoryId: novels.id }, admin)).resolves.toMatchObject({
      categoryId: novels.id,
      category: { id: novels.id, name: 'Novels' },
    });
  });

  it('refuses an unknown category and leaves the product as it was', async () => {
    const { updateProduct, getProduct, dune } = await withProduct();
    await expect(updateProduct.execute(dune.id, { categoryId: 99, name: 'X' }, admin)).rejects.toMatchObject({
      constructor: ValidationError,
      code: 'CATEGORY_NOT_FOUND',
      errors: [{ path: 'categoryId' }],
    });
    await expect(getProduct.execute(dune.id)).resolves.toEqual(dune);
  });

  it('answers not found for unknown and deleted products', async () => {
    const { updateProduct, deleteProduct, dune } = await withProduct();
    await expect(updateProduct.execute(999, { name: 'X' }, admin)).rejects.toBeInstanceOf(NotFoundError);
    await deleteProduct.execute(dune.id, admin);
    await expect(updateProduct.execute(dune.id, { name: 'X' }, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins only', async () => {
    const { updateProduct, getProduct, dune } = await withProduct();
    await expect(updateProduct.execute(dune.id, { quantity: 0 }, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getProduct.execute(dune.id)).resolves.toMatchObject({ quantity: dune.quantity });
  });
});
