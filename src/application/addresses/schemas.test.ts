import { describe, expect, it } from 'vitest';
import { addressFields, createAddressInput, listAddressesInput, updateAddressInput } from './schemas';

const valid = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };

describe('address schemas', () => {
  it('takes a country in any case, with surrounding spaces, and gives it upper-case', () => {
    for (const country of ['de', ' De ', 'DE']) expect(createAddressInput.parse({ ...valid, country }).country).toBe('DE');
  });

  it('refuses what is not a known alpha-2 code, on the country field', () => {
    for (const country of ['XX', 'zz', 'DEU', '276', 'D', '', 'ıt', 276]) {
      const result = createAddressInput.safeParse({ ...valid, country });
      expect(result.error?.issues.map((issue) => issue.path), String(country)).toEqual([['country']]);
    }
  });

  it('does not coerce numbers into text', () => {
    expect(createAddressInput.safeParse({ ...valid, postalCode: 10115 }).success).toBe(false);
    expect(createAddressInput.safeParse({ ...valid, isDefault: 'true' }).success).toBe(false);
  });

  it('leaves isDefault out of the fields a checkout reuses', () => {
    expect(addressFields.parse({ ...valid, isDefault: true, id: 4 })).toEqual(valid);
  });

  it('takes any subset for an update, the empty one included', () => {
    expect(updateAddressInput.parse({})).toEqual({});
    expect(updateAddressInput.parse({ phone: null, country: 'fr' })).toEqual({ phone: null, country: 'FR' });
  });

  it('fills list defaults', () => {
    expect(listAddressesInput.parse(undefined)).toEqual({ page: 1, pageSize: 20 });
  });
});
