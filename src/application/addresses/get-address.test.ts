import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/shared/errors';
import { addressesFixture, customer, otherCustomer } from '../../../test/fixtures/addresses';

describe('GetAddress', () => {
  it('shows an address to its owner', async () => {
    const { address, getAddress } = addressesFixture();
    const home = await address(customer, { phone: '+49 30 1234' });
    await expect(getAddress.execute(home.id, customer)).resolves.toEqual(home);
  });

  it("answers not found for another user's address, as for an unknown one", async () => {
    const { address, getAddress } = addressesFixture();
    const home = await address(customer);
    await expect(getAddress.execute(home.id, otherCustomer)).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'NOT_FOUND',
    });
    await expect(getAddress.execute(999, customer)).rejects.toBeInstanceOf(NotFoundError);
  });
});
