import { inject, injectable } from 'tsyringe';
import { type AddressFields, newAddressFields } from '../../domain/addresses/address';
import { NotFoundError } from '../../domain/shared/errors';
import { AddressRepository } from '../ports/address-repository';
import type { PlaceOrderInput } from './schemas';

/** Where an order ships: the address named, the one given inline, or else the customer's default, if any. */
@injectable()
export class ShippingAddresses {
  constructor(@inject(AddressRepository) private readonly addresses: AddressRepository) {}

  async choose(input: PlaceOrderInput, userId: number): Promise<AddressFields | null> {
    if (input.shippingAddress) return newAddressFields(input.shippingAddress);
    if (input.shippingAddressId !== undefined) {
      const named = await this.addresses.findOwned(userId, input.shippingAddressId);
      if (!named) throw new NotFoundError('Address');
      return fieldsOf(named);
    }
    const fallback = await this.addresses.defaultOf(userId);
    return fallback && fieldsOf(fallback);
  }
}

const fieldsOf = ({ name, line1, line2, city, region, postalCode, country, phone }: AddressFields): AddressFields => ({
  name,
  line1,
  line2,
  city,
  region,
  postalCode,
  country,
  phone,
});
