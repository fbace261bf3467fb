import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

describe('UpdateCategory', () => {
  it('changes only the given fields and moves updatedAt', async () => {
    const { createCategory, updateCategory, clock } = catalogFixture();
    const books = await createCategory.execute({ name: 'Books', description: 'Paper.' }, admin);
    clock.advanceSeconds(1);
    await expect(updateCategory.execute(books.id, { name: 'Novels' }, admin)).resolves.toEqual({
      ...books,
      name: 'Novels',
      updatedAt: '2026-01-01T00:00:01.000Z',
    });
    await expect(updateCategory.execute(books.id, { description: null }, admin)).resolves.toMatchObject({
      name: 'Novels',
      description: null,
    });
  });

  it("lets a category change the case of its own name but not take another's", async () => {
    const { category, updateCategory } = catalogFixture();
    const books = await category('Books');
    await category('Games');
    await expect(updateCategory.execute(books.id, { name: 'BOOKS' }, admin)).resolves.toMatchObject({
      name: 'BOOKS',
    });
    await expect(updateCategory.execute(books.id, { name: 'games ' }, admin)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'CATEGORY_NAME_TAKEN',
    });
  });

  it('answers not found for an unknown category', async () => {
    const { updateCategory } = catalogFixture();
    await expect(updateCategory.execute(5, { name: 'X' }, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins only', async () => {
    const { category, updateCategory, getCategory } = catalogFixture();
    const books = await category('Books');
    await expect(updateCategory.execute(books.id, { name: 'X' }, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCategory.execute(books.id)).resolves.toMatchObject({ name: 'Books' });
  });
});
