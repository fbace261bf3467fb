import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/shared/errors';
import { customer } from '../../../test/fixtures/catalog';
import { discountsFixture } from '../../../test/fixtures/discounts';

describe('CreateDiscount', () => {
  it('creates a discount with the defaults filled in and its code upper-case', async () => {
    const { create, discounts } = discountsFixture();
    const created = await create({ code: 'Summer-10' });
    expect(created).toEqual({
      id: expect.any(Number),
      code: 'SUMMER-10',
      kind: 'percent',
      value: 10,
      minSubtotal: 0,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      timesUsed: 0,
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await expect(discounts.findByCode('summer-10')).resolves.toMatchObject({ id: created.id });
  });

  it('keeps a fixed amount, a window and limits as given', async () => {
    const { create } = discountsFixture();
    const fields = {
      kind: 'fixed' as const,
      value: 12.5,
      minSubtotal: 50,
      startsAt: '2026-02-01T10:00:00+02:00',
      endsAt: '2026-03-01T00:00:00Z',
      usageLimit: 100,
      perCustomerLimit: 1,
      active: false,
    };
    await expect(create(fields)).resolves.toMatchObject({
      ...fields,
      startsAt: '2026-02-01T08:00:00.000Z',
      endsAt: '2026-03-01T00:00:00.000Z',
    });
  });

  it('refuses a code taken in another case', async () => {
    const { create } = discountsFixture();
    await create({ code: 'WELCOME' });
    await expect(create({ code: 'welcome' })).rejects.toMatchObject({ constructor: ConflictError, code: 'DISCOUNT_CODE_TAKEN' });
  });

  it('refuses a value that does not suit its kind, and an end before the start', async () => {
    const { create, list } = discountsFixture();
    await expect(create({ value: 150 })).rejects.toMatchObject({ constructor: ValidationError, errors: [{ path: 'value' }] });
    const window = { startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' };
    await expect(create(window)).rejects.toMatchObject({ constructor: ValidationError, errors: [{ path: 'endsAt' }] });
    await expect(list()).resolves.toMatchObject({ total: 0 });
  });

  it('is for admins only', async () => {
    const { create, list } = discountsFixture();
    await expect(create({}, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(list()).resolves.toMatchObject({ total: 0 });
  });
});
