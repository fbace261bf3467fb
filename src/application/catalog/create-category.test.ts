import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, catalogFixture, customer } from '../../../test/fixtures/catalog';

describe('CreateCategory', () => {
  it('creates a category with a trimmed name', async () => {
    const { createCategory, getCategory } = catalogFixture();
    const books = await createCategory.execute({ name: ' Books ', description: 'Paper.' }, admin);
    expect(books).toEqual({
      id: expect.any(Number),
      name: 'Books',
      description: 'Paper.',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await expect(getCategory.execute(books.id)).resolves.toEqual(books);
  });

  it('refuses a name taken in another case', async () => {
    const { createCategory } = catalogFixture();
    await createCategory.execute({ name: 'Books' }, admin);
    await expect(createCategory.execute({ name: ' BOOKS' }, admin)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'CATEGORY_NAME_TAKEN',
    });
  });

  it('is for admins only', async () => {
    const { createCategory, listCategoryPage } = catalogFixture();
    await expect(createCategory.execute({ name: 'Books' }, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCategoryPage()).resolves.toMatchObject({ total: 0 });
  });
});

describe('GetCategory', () => {
  it('answers not found for an unknown id', async () => {
    const { getCategory } = catalogFixture();
    await expect(getCategory.execute(7)).rejects.toBeInstanceOf(NotFoundError);
  });
});
