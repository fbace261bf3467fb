import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

describe('DeleteCategory', () => {
  it('deletes an unused category', async () => {
    const { category, deleteCategory, getCategory } = catalogFixture();
    const books = await category();
    await deleteCategory.execute(books.id, admin);
    await expect(getCategory.execute(books.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCategory.execute(books.id, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses while live products use it, and allows it once they are deleted', async () => {
    const { category, product, deleteCategory, deleteProduct, getCategory } = catalogFixture();
    const books = await category();
    const dune = await product({ categoryId: books.id });
    await expect(deleteCategory.execute(books.id, admin)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'CATEGORY_IN_USE',
    });
    await expect(getCategory.execute(books.id)).resolves.toMatchObject({ id: books.id });
    await deleteProduct.execute(dune.id, admin);
    await expect(deleteCategory.execute(books.id, admin)).resolves.toBeUndefined();
  });

  it('frees the name for a new category', async () => {
    const { category, deleteCategory } = catalogFixture();
    await deleteCategory.execute((await category('Books')).id, admin);
    await expect(category('books')).resolves.toMatchObject({ name: 'books' });
  });

  it('is for admins only', async () => {
    const { category, deleteCategory, getCategory } = catalogFixture();
    const books = await category();
    await expect(deleteCategory.execute(books.id, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCategory.execute(books.id)).resolves.toMatchObject({ id: books.id });
  });
});
