import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../shared/errors';
import {
  ADDRESS_BOOK_LIMIT,
  assertRoomForAnotherAddress,
  changeAddressFields,
  isDefaultOnCreate,
  isDefaultOnUpdate,
  newAddressFields,
} from './address';

const draft = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'de' };

describe('newAddressFields', () => {
  it('trims, upper-cases the country and turns blank or missing optional fields into null', () => {
    expect(newAddressFields({ ...draft, name: ' Ada ', line2: '  ', phone: ' +49 30 1 ' })).toEqual({
      name: 'Ada',
      line1: '1 Main St',
      line2: null,
      city: 'Berlin',
      region: null,
      postalCode: '10115',
      country: 'DE',
      phone: '+49 30 1',
    });
  });

  it('refuses blank required fields and text over its bound, naming the field', () => {
    const bad = [
      [{ name: ' ' }, 'name'], [{ line1: '' }, 'line1'], [{ city: 'c'.repeat(101) }, 'city'],
      [{ postalCode: '1'.repeat(21) }, 'postalCode'], [{ phone: '1'.repeat(33) }, 'phone'],
      [{ line2: 'l'.repeat(201) }, 'line2'], [{ region: 'r'.repeat(101) }, 'region'],
    ] as const;
    for (const [change, path] of bad) {
      expect(() => newAddressFields({ ...draft, ...change })).toThrow(
        expect.objectContaining({ constructor: ValidationError, errors: [{ path, message: expect.any(String) }] }),
      );
    }
    expect(newAddressFields({ ...draft, name: '😀'.repeat(200) }).name).toHaveLength(400);
  });

  it('keeps the country in the form of two letters', () => {
    for (const country of ['D', 'DEU', '1A', 'ıT']) {
      expect(() => newAddressFields({ ...draft, country })).toThrow(ValidationError);
    }
  });
});

describe('changeAddressFields', () => {
  it('keeps what is not given and clears an optional field given as null', () => {
    const address = newAddressFields({ ...draft, line2: 'Floor 2' });
    expect(changeAddressFields(address, { city: 'Hamburg' })).toEqual({ ...address, city: 'Hamburg' });
    expect(changeAddressFields(address, { line2: null })).toEqual({ ...address, line2: null });
    expect(() => changeAddressFields(address, { name: ' ' })).toThrow(ValidationError);
  });
});

describe('the default address', () => {
  it('is the first address whatever was asked, and a later one only when asked', () => {
    expect(isDefaultOnCreate(false, 0)).toBe(true);
    expect(isDefaultOnCreate(undefined, 1)).toBe(false);
    expect(isDefaultOnCreate(true, 1)).toBe(true);
  });

  it('stays the default when an update asks for false', () => {
    expect(isDefaultOnUpdate(true, false)).toBe(true);
    expect(isDefaultOnUpdate(false, undefined)).toBe(false);
    expect(isDefaultOnUpdate(false, true)).toBe(true);
  });
});

describe('assertRoomForAnotherAddress', () => {
  it(`allows up to ${ADDRESS_BOOK_LIMIT} addresses`, () => {
    expect(() => assertRoomForAnotherAddress(ADDRESS_BOOK_LIMIT - 1)).not.toThrow();
    expect(() => assertRoomForAnotherAddress(ADDRESS_BOOK_LIMIT)).toThrow(
      expect.objectContaining({ constructor: ConflictError, code: 'ADDRESS_LIMIT_REACHED' }),
    );
  });
});
