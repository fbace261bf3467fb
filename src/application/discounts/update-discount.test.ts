import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors';
import { admin, customer } from '../../../test/fixtures/catalog';
import { discountsFixture } from '../../../test/fixtures/discounts';

describe('UpdateDiscount', () => {
  it('changes only the given fields, clears those given as null, and moves updatedAt', async () => {
    const { create, update, getDiscount, clock } = discountsFixture();
    const created = await create({ usageLimit: 5, minSubtotal: 20 });
    clock.advanceSeconds(1);
    const updated = await update(created.id, { active: false, usageLimit: null, endsAt: '2026-06-01T00:00:00Z' });
    expect(updated).toEqual({
      ...created,
      active: false,
      usageLimit: null,
      endsAt: '2026-06-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:01.000Z',
    });
    await expect(getDiscount.execute(created.id, admin)).resolves.toEqual(updated);
  });

  it('judges the merged discount: a switch to percent keeps a value that must suit it', async () => {
    const { create, update, getDiscount } = discountsFixture();
    const fixed = await create({ kind: 'fixed', value: 150 });
    await expect(update(fixed.id, { kind: 'percent' })).rejects.toMatchObject({
      constructor: ValidationError,
      errors: [{ path: 'value' }],
    });
    await expect(getDiscount.execute(fixed.id, admin)).resolves.toEqual(fixed);
    await expect(update(fixed.id, { kind: 'percent', value: 15 })).resolves.toMatchObject({ kind: 'percent', value: 15 });
  });

  it('judges a new start against the end it keeps', async () => {
    const { create, update } = discountsFixture();
    const dated = await create({ endsAt: '2026-02-01T00:00:00Z' });
    await expect(update(dated.id, { startsAt: '2026-03-01T00:00:00Z' })).rejects.toMatchObject({
      errors: [{ path: 'endsAt' }],
    });
  });

  it("lets a discount change the case of its own code but not take another's", async () => {
    const { create, update } = discountsFixture();
    const save = await create({ code: 'SAVE' });
    await create({ code: 'GIFT' });
    await expect(update(save.id, { code: 'save' })).resolves.toMatchObject({ code: 'SAVE' });
    await expect(update(save.id, { code: 'gift' })).rejects.toMatchObject({ constructor: ConflictError, code: 'DISCOUNT_CODE_TAKEN' });
  });

  it('answers not found for an unknown discount', async () => {
    const { update } = discountsFixture();
    await expect(update(5, { active: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is for admins only', async () => {
    const { create, update, getDiscount } = discountsFixture();
    const created = await create();
    await expect(update(created.id, { active: false }, customer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDiscount.execute(created.id, admin)).resolves.toMatchObject({ active: true });
  });
});
