import { inject, injectable } from 'tsyringe';
import { assertRoomForAnotherAddress, isDefaultOnCreate, newAddressFields } from '../../domain/addresses/address';
import { AddressRepository } from '../ports/address-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { type AddressView, toAddressView } from './address-view';
import type { CreateAddressInput } from './schemas';

@injectable()
export class CreateAddress {
  constructor(
    @inject(AddressRepository) private readonly addresses: AddressRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute({ isDefault: asked, ...input }: CreateAddressInput, actor: Actor): Promise<AddressView> {
    const fields = newAddressFields(input);
    return this.uow.run(async () => {
      // The owner's lock makes concurrent writes to one address book take turns, so the count
      // stays true and the book keeps one default.
      await this.users.lock(actor.userId);
      const before = await this.addresses.countOf(actor.userId);
      assertRoomForAnotherAddress(before);
      const isDefault = isDefaultOnCreate(asked, before);
      const address = await this.addresses.create(actor.userId, { ...fields, isDefault });
      if (isDefault) await this.addresses.makeDefault(actor.userId, address.id);
      return toAddressView(address);
    });
  }
}
