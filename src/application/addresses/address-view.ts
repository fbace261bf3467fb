import { z } from 'zod';
import type { Address } from '../../domain/addresses/address';
import { id } from '../shared/ids';
import { timestamp } from '../shared/view-fields';

export const addressView = z
  .object({
    id,
    name: z.string(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    region: z.string().nullable(),
    postalCode: z.string(),
    country: z.string().meta({ description: 'ISO 3166-1 alpha-2, upper-case.', example: 'DE' }),
    phone: z.string().nullable(),
    isDefault: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Address' });
export type AddressView = z.infer<typeof addressView>;

export function toAddressView(address: Address): AddressView {
  return {
    id: address.id,
    name: address.name,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone,
    isDefault: address.isDefault,
    createdAt: address.createdAt.toISOString(),
    updatedAt: address.updatedAt.toISOString(),
  };
}
