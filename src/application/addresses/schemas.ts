// The package's main entry loads the country names of every locale; only the codes are needed.
import { getAlpha2Codes } from 'i18n-iso-countries/index';
import { z } from 'zod';
import { ADDRESS_FIELD_MAX_LENGTH as MAX } from '../../domain/addresses/address';
import { pagination } from '../shared/pagination';
import { text } from '../shared/text';

const ALPHA_2_CODES = new Set(Object.keys(getAlpha2Codes()));

// Judged before it is upper-cased, since upper-casing turns some letters into ASCII ones ("ı" into "I").
const isAlpha2Code = (code: string) => /^[A-Za-z]{2}$/.test(code) && ALPHA_2_CODES.has(code.toUpperCase());

const country = z
  .string()
  .trim()
  .refine(isAlpha2Code, { message: 'Must be an ISO 3166-1 alpha-2 country code.' })
  .toUpperCase()
  .meta({ description: 'An ISO 3166-1 alpha-2 code, in any case; answered upper-case.', example: 'DE' });

/** The fields of an address, as an address book entry or a checkout's inline shipping address take them. */
export const addressFields = z.object({
  name: text({ min: 1, max: MAX.name }),
  line1: text({ min: 1, max: MAX.line1 }),
  line2: text({ max: MAX.line2 }).nullish(),
  city: text({ min: 1, max: MAX.city }),
  region: text({ max: MAX.region }).nullish(),
  postalCode: text({ min: 1, max: MAX.postalCode }),
  country,
  phone: text({ max: MAX.phone }).nullish(),
});

export const createAddressInput = addressFields.extend({
  isDefault: z.boolean().optional().meta({ description: 'Makes it the default; the first address is the default anyway.' }),
});
export type CreateAddressInput = z.output<typeof createAddressInput>;

/** Any subset of the create fields; the address's id comes from the path (or `idInput`). */
export const updateAddressInput = createAddressInput.partial();
export type UpdateAddressInput = z.output<typeof updateAddressInput>;

export const listAddressesInput = z.object(pagination).prefault({});
export type ListAddressesInput = z.output<typeof listAddressesInput>;
