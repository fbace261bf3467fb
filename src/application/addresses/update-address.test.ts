import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import { addressesFixture, customer, otherCustomer } from '../../../test/fixtures/addresses';

async function withTwoAddresses() {
  const fixture = addressesFixture();
  const home = await fixture.address(customer, { line2: 'Floor 2' });
  const office = await fixture.address(customer, { name: 'Office' });
  return { ...fixture, home, office };
}

describe('UpdateAddress', () => {
  it('changes only the given fields, clears those given as null, and moves updatedAt', async () => {
    const { updateAddress, getAddress, clock, home } = await withTwoAddresses();
    clock.advanceSeconds(60);
    const updated = await updateAddress.execute(home.id, { city: ' Hamburg ', line2: null, country: 'fr' }, customer);
    expect(updated).toEqual({
      ...home,
      city: 'Hamburg',
      line2: null,
      country: 'FR',
      updatedAt: '2026-01-01T00:01:02.000Z',
    });
    await expect(getAddress.execute(home.id, customer)).resolves.toEqual(updated);
  });

  it('moves the default to an address given isDefault true', async () => {
    const { updateAddress, getAddress, book, home, office } = await withTwoAddresses();
    await expect(updateAddress.execute(office.id, { isDefault: true }, customer)).resolves.toMatchObject({
      isDefault: true,
    });
    await expect(getAddress.execute(home.id, customer)).resolves.toMatchObject({ isDefault: false });
    const { items } = await book(customer);
    expect(items.map((a) => [a.id, a.isDefault])).toEqual([[office.id, true], [home.id, false]]);
  });

  it('keeps the default when it is given isDefault false', async () => {
    const { updateAddress, book, home, office } = await withTwoAddresses();
    await expect(updateAddress.execute(home.id, { isDefault: false }, customer)).resolves.toMatchObject({
      isDefault: true,
    });
    await expect(updateAddress.execute(office.id, { isDefault: false }, customer)).resolves.toMatchObject({
      isDefault: false,
    });
    expect((await book(customer)).items.map((a) => a.isDefault)).toEqual([true, false]);
  });

  it("answers not found for another user's address and leaves it as it was", async () => {
    const { updateAddress, getAddress, home } = await withTwoAddresses();
    await expect(updateAddress.execute(home.id, { name: 'Mine', isDefault: true }, otherCustomer)).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'NOT_FOUND',
    });
    await expect(updateAddress.execute(999, { name: 'X' }, customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAddress.execute(home.id, customer)).resolves.toEqual(home);
  });

  it('refuses a change that leaves a required field blank, changing nothing', async () => {
    const { updateAddress, getAddress, office } = await withTwoAddresses();
    await expect(updateAddress.execute(office.id, { city: ' ', isDefault: true }, customer)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(getAddress.execute(office.id, customer)).resolves.toEqual(office);
  });
});
