import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, customer } from '../../../test/fixtures/catalog';
import { discountsFixture } from '../../../test/fixtures/discounts';

describe('GetDiscount', () => {
  it('answers the discount as it was created', async () => {
    const { create, getDiscount } = discountsFixture();
    const created = await create();
    await expect(getDiscount.execute(created.id, admin)).resolves.toEqual(created);
  });

  it('answers not found, with the generic code, for an unknown id', async () => {
    const { getDiscount } = discountsFixture();
    await expect(getDiscount.execute(7, admin)).rejects.toMatchObject({ constructor: NotFoundError, code: 'NOT_FOUND' });
  });

  it('is for admins only', async () => {
    const { create, getDiscount } = discountsFixture();
    const created = await create();
    await expect(getDiscount.execute(created.id, customer)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
