import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

describe('DeleteProduct', () => {
  it('hides the product from reads and lists', async () => {
    const { category, product, deleteProduct, getProduct, list } = catalogFixture();
    const books = await category();
    const dune = await product({ categoryId: books.id });
    const emma = await product({ categoryId: books.id, name: 'Emma' });
    await deleteProduct.execute(dune.id, admin);
    await expect(getProduct.execute(dune.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(list()).resolves.toMatchObject({ total: 1, items: [{ id: emma.id }] });
  });

  it('answers not found for unknown and already deleted products', async () => {
    const { category, product, deleteProduct } = catalogFixture();
    const dune = await product({ categoryId: (await category()).id });
    await expect(deleteProduct.execute(999, admin)).rejects.toBeInstanceOf(NotFoundError);
    await deleteProduct.execute(dune.id, admin);
    await expect(deleteProduct.execute(dune.id, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins only', async () => {
    const { category, product, deleteProduct, getProduct } = catalogFixture();
    const dune = await product({ categoryId: (await category()).id });
    await expect(deleteProduct.execute(dune.id, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getProduct.execute(dune.id)).resolves.toEqual(dune);
  });
});

describe('GetProduct', () => {
  it('answers not found for an unknown id', async () => {
    const { getProduct } = catalogFixture();
    await expect(getProduct.execute(1)).rejects.toMatchObject({ constructor: NotFoundError, code: 'NOT_FOUND' });
  });
});
