import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../domain/shared/errors';
import { customer } from '../../../test/fixtures/catalog';
import { discountsFixture } from '../../../test/fixtures/discounts';

describe('ListDiscounts', () => {
  it('lists newest first, ties by id descending, and pages by offset', async () => {
    const { create, list, clock } = discountsFixture();
    await create({ code: 'FIRST' });
    clock.advanceSeconds(1);
    await create({ code: 'SECOND' });
    await create({ code: 'THIRD' });
    const all = await list();
    expect(all.items.map((d) => d.code)).toEqual(['THIRD', 'SECOND', 'FIRST']);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    await expect(list({ page: 2, pageSize: 2 })).resolves.toMatchObject({ total: 3, items: [{ code: 'FIRST' }] });
  });

  it('filters by active', async () => {
    const { create, list } = discountsFixture();
    await create({ code: 'LIVE' });
    await create({ code: 'OFF', active: false });
    await expect(list({ active: true })).resolves.toMatchObject({ total: 1, items: [{ code: 'LIVE' }] });
    await expect(list({ active: false })).resolves.toMatchObject({ total: 1, items: [{ code: 'OFF' }] });
  });

  it('is for admins only', async () => {
    const { list } = discountsFixture();
    await expect(list({}, customer)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
