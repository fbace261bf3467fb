import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/shared/errors';
import { addressesFixture, customer, otherCustomer } from '../../../test/fixtures/addresses';

describe('DeleteAddress', () => {
  it('deletes an address that is not the default, leaving the default alone', async () => {
    const { address, deleteAddress, getAddress, book } = addressesFixture();
    const home = await address(customer);
    const office = await address(customer);
    await deleteAddress.execute(office.id, customer);
    await expect(getAddress.execute(office.id, customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(book(customer)).resolves.toMatchObject({ total: 1, items: [{ id: home.id, isDefault: true }] });
  });

  it('makes the newest remaining address the default when the default goes', async () => {
    const { address, deleteAddress, book } = addressesFixture();
    const home = await address(customer);
    const older = await address(customer);
    const newest = await address(customer);
    const elsewhere = await address(otherCustomer);
    await deleteAddress.execute(home.id, customer);
    const { items } = await book(customer);
    expect(items.map((a) => [a.id, a.isDefault])).toEqual([[newest.id, true], [older.id, false]]);
    await expect(book(otherCustomer)).resolves.toMatchObject({ items: [elsewhere] });
  });

  it('leaves an empty book without a default', async () => {
    const { address, deleteAddress, addresses } = addressesFixture();
    const home = await address(customer);
    await deleteAddress.execute(home.id, customer);
    await expect(addresses.defaultOf(customer.userId)).resolves.toBeNull();
  });

  it("answers not found for another user's address and for one already deleted", async () => {
    const { address, deleteAddress, getAddress } = addressesFixture();
    const home = await address(customer);
    await expect(deleteAddress.execute(home.id, otherCustomer)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAddress.execute(home.id, customer)).resolves.toEqual(home);
    await deleteAddress.execute(home.id, customer);
    await expect(deleteAddress.execute(home.id, customer)).rejects.toBeInstanceOf(NotFoundError);
  });
});
