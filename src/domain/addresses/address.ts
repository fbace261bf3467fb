import { ConflictError, ValidationError } from '../shared/errors';
import { characterCount } from '../shared/text';

export const ADDRESS_BOOK_LIMIT = 50;

export const ADDRESS_FIELD_MAX_LENGTH = {
  name: 200,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  phone: 32,
} as const;

type TextField = keyof typeof ADDRESS_FIELD_MAX_LENGTH;

/** Where a parcel goes: what an order snapshots as its shipping address. */
export interface AddressFields {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2, upper-case. */
  country: string;
  phone: string | null;
}

/** An address as its owner keeps it: the fields, and whether it is their default. */
export type AddressEntry = AddressFields & { isDefault: boolean };

export interface Address extends AddressEntry {
  id: number;
  userId: number;
  createdAt: Date;
  updatedAt: Date;
}

export type AddressDraft = Omit<AddressFields, 'line2' | 'region' | 'phone'> & {
  line2?: string | null;
  region?: string | null;
  phone?: string | null;
};

export function newAddressFields(draft: AddressDraft): AddressFields {
  return {
    name: requiredText(draft.name, 'name'),
    line1: requiredText(draft.line1, 'line1'),
    line2: optionalText(draft.line2, 'line2'),
    city: requiredText(draft.city, 'city'),
    region: optionalText(draft.region, 'region'),
    postalCode: requiredText(draft.postalCode, 'postalCode'),
    country: checkedCountry(draft.country),
    phone: optionalText(draft.phone, 'phone'),
  };
}

/** Applies the given changes; a missing (undefined) field keeps its value, null clears an optional one. */
export function changeAddressFields(address: AddressFields, changes: Partial<AddressDraft>): AddressFields {
  const optional = (change: string | null | undefined, current: string | null) => (change === undefined ? current : change);
  return newAddressFields({
    name: changes.name ?? address.name,
    line1: changes.line1 ?? address.line1,
    line2: optional(changes.line2, address.line2),
    city: changes.city ?? address.city,
    region: optional(changes.region, address.region),
    postalCode: changes.postalCode ?? address.postalCode,
    country: changes.country ?? address.country,
    phone: optional(changes.phone, address.phone),
  });
}

/** The first address is the default whatever was asked; a later one only when asked. */
export function isDefaultOnCreate(asked: boolean | undefined, addressesBefore: number): boolean {
  return addressesBefore === 0 || asked === true;
}

/** A default is given up only by choosing another one, so `false` on the default changes nothing. */
export function isDefaultOnUpdate(current: boolean, asked: boolean | undefined): boolean {
  return current || asked === true;
}

export function assertRoomForAnotherAddress(addressesBefore: number): void {
  if (addressesBefore >= ADDRESS_BOOK_LIMIT) throw addressLimitReached();
}

export const addressLimitReached = () =>
  new ConflictError('ADDRESS_LIMIT_REACHED', `The address book holds ${ADDRESS_BOOK_LIMIT} addresses; delete one first.`);

function requiredText(raw: string, field: TextField): string {
  const text = optionalText(raw, field);
  if (text === null) {
    throw ValidationError.field(field, `Must be 1 to ${ADDRESS_FIELD_MAX_LENGTH[field]} characters long.`);
  }
  return text;
}

/** Surrounding spaces are dropped, and a blank optional field says nothing, so it is stored as null. */
function optionalText(raw: string | null | undefined, field: TextField): string | null {
  const text = raw?.trim() ?? '';
  if (characterCount(text) > ADDRESS_FIELD_MAX_LENGTH[field]) {
    throw ValidationError.field(field, `Must be at most ${ADDRESS_FIELD_MAX_LENGTH[field]} characters long.`);
  }
  return text === '' ? null : text;
}

/** Which codes exist is the application's to know; the entity keeps them in one form. */
function checkedCountry(raw: string): string {
  const country = raw.trim();
  if (!/^[A-Za-z]{2}$/.test(country)) throw ValidationError.field('country', 'Must be an ISO 3166-1 alpha-2 code.');
  return country.toUpperCase();
}
