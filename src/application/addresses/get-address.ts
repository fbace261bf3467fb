import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { AddressRepository } from '../ports/address-repository';
import type { Actor } from '../shared/actor';
import { type AddressView, toAddressView } from './address-view';

@injectable()
export class GetAddress {
  constructor(@inject(AddressRepository) private readonly addresses: AddressRepository) {}

  async execute(id: number, actor: Actor): Promise<AddressView> {
    const address = await this.addresses.findOwned(actor.userId, id);
    if (!address) throw new NotFoundError('Address');
    return toAddressView(address);
  }
}
