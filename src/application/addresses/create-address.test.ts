import { describe, expect, it } from 'vitest';
import { ADDRESS_BOOK_LIMIT } from '../../domain/addresses/address';
import { ConflictError, ValidationError } from '../../domain/shared/errors';
import { addressesFixture, customer, otherCustomer } from '../../../test/fixtures/addresses';

describe('CreateAddress', () => {
  it('creates an address in a transaction, trimmed, with null for what was not given', async () => {
    const { createAddress, getAddress, uow } = addressesFixture();
    const input = { name: ' Ada ', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE', line2: '' };
    const created = await createAddress.execute(input, customer);
    expect(created).toEqual({
      id: expect.any(Number),
      name: 'Ada',
      line1: '1 Main St',
      line2: null,
      city: 'Berlin',
      region: null,
      postalCode: '10115',
      country: 'DE',
      phone: null,
      isDefault: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(uow.runs).toBe(1);
    await expect(getAddress.execute(created.id, customer)).resolves.toEqual(created);
  });

  it('makes the first address the default whatever was asked, and later ones only when asked', async () => {
    const { address, book } = addressesFixture();
    const first = await address(customer, { isDefault: false });
    const second = await address(customer);
    expect([first.isDefault, second.isDefault]).toEqual([true, false]);
    const third = await address(customer, { isDefault: true });
    expect(third.isDefault).toBe(true);
    const { items } = await book(customer);
    expect(items.map((a) => [a.id, a.isDefault])).toEqual([[third.id, true], [second.id, false], [first.id, false]]);
  });

  it('keeps each user’s default to their own book', async () => {
    const { address, book } = addressesFixture();
    await address(customer);
    await expect(address(otherCustomer, { isDefault: false })).resolves.toMatchObject({ isDefault: true });
    await expect(book(customer)).resolves.toMatchObject({ items: [{ isDefault: true }] });
  });

  it(`refuses address ${ADDRESS_BOOK_LIMIT + 1} with ADDRESS_LIMIT_REACHED and adds nothing`, async () => {
    const { address, book } = addressesFixture();
    for (let i = 0; i < ADDRESS_BOOK_LIMIT; i += 1) await address(customer);
    await expect(address(customer, { isDefault: true })).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'ADDRESS_LIMIT_REACHED',
    });
    const full = await book(customer, { pageSize: 100 });
    expect(full.total).toBe(ADDRESS_BOOK_LIMIT);
    expect(full.items.filter((a) => a.isDefault)).toHaveLength(1);
    await expect(address(otherCustomer)).resolves.toMatchObject({ isDefault: true });
  });

  it('lets the domain refuse what the schema did not see', async () => {
    const { address, book } = addressesFixture();
    await expect(address(customer, { name: '  ' })).rejects.toMatchObject({
      constructor: ValidationError,
      errors: [{ path: 'name' }],
    });
    await expect(address(customer, { country: 'Deu' })).rejects.toMatchObject({ errors: [{ path: 'country' }] });
    await expect(book(customer)).resolves.toMatchObject({ total: 0 });
  });
});
