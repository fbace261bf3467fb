import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, customer } from '../../../test/fixtures/catalog';
import { discountsFixture } from '../../../test/fixtures/discounts';

describe('DeleteDiscount', () => {
  it('deletes a discount, freeing its code', async () => {
    const { create, deleteDiscount, getDiscount } = discountsFixture();
    const created = await create({ code: 'GONE' });
    await deleteDiscount.execute(created.id, admin);
    await expect(getDiscount.execute(created.id, admin)).rejects.toBeInstanceOf(NotFoundError);
    await expect(create({ code: 'gone' })).resolves.toMatchObject({ code: 'GONE' });
  });

  it('answers not found for an unknown or already deleted discount', async () => {
    const { create, deleteDiscount } = discountsFixture();
    await expect(deleteDiscount.execute(5, admin)).rejects.toBeInstanceOf(NotFoundError);
    const created = await create();
    await deleteDiscount.execute(created.id, admin);
    await expect(deleteDiscount.execute(created.id, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins only', async () => {
    const { create, deleteDiscount, getDiscount } = discountsFixture();
    const created = await create();
    await expect(deleteDiscount.execute(created.id, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDiscount.execute(created.id, admin)).resolves.toEqual(created);
  });
});
