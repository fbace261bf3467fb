import { inject, injectable } from 'tsyringe';
import { AddressRepository } from '../ports/address-repository';
import type { Actor } from '../shared/actor';
import { pageFrom, type Page } from '../shared/pagination';
import { type AddressView, toAddressView } from './address-view';
import type { ListAddressesInput } from './schemas';

@injectable()
export class ListAddresses {
  constructor(@inject(AddressRepository) private readonly addresses: AddressRepository) {}

  async execute(input: ListAddressesInput, actor: Actor): Promise<Page<AddressView>> {
    const query = { page: input.page, pageSize: input.pageSize };
    return pageFrom(input, await this.addresses.list(actor.userId, query), toAddressView);
  }
}
