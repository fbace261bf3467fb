import { describe, expect, it } from 'vitest';
import { addressesFixture, customer, otherCustomer } from '../../../test/fixtures/addresses';

describe('ListAddresses', () => {
  it("lists only the caller's addresses, the default first, then newest first, and pages them", async () => {
    const { address, book } = addressesFixture();
    const first = await address(customer);
    const second = await address(customer);
    const third = await address(customer);
    await address(otherCustomer);
    const all = await book(customer);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    expect(all.items.map((a) => a.id)).toEqual([first.id, third.id, second.id]);
    await expect(book(customer, { page: 2, pageSize: 2 })).resolves.toMatchObject({
      total: 3,
      items: [{ id: second.id }],
    });
  });

  it('breaks ties of creation time by id, the higher first', async () => {
    const { createAddress, book } = addressesFixture();
    const input = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await createAddress.execute(input, customer)).id);
    expect((await book(customer)).items.map((a) => a.id)).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('answers an empty page for a user without addresses', async () => {
    const { book } = addressesFixture();
    await expect(book(customer, { page: 2 })).resolves.toEqual({ items: [], page: 2, pageSize: 20, total: 0 });
  });
});
