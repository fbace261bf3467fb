import { inject, injectable } from 'tsyringe';
import { changeAddressFields, isDefaultOnUpdate } from '../../domain/addresses/address';
import { NotFoundError } from '../../domain/shared/errors';
import { AddressRepository } from '../ports/address-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { type AddressView, toAddressView } from './address-view';
import type { UpdateAddressInput } from './schemas';

@injectable()
export class UpdateAddress {
  constructor(
    @inject(AddressRepository) private readonly addresses: AddressRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, { isDefault: asked, ...changes }: UpdateAddressInput, actor: Actor): Promise<AddressView> {
    return this.uow.run(async () => {
      await this.users.lock(actor.userId);
      const current = await this.addresses.findOwned(actor.userId, id);
      if (!current) throw new NotFoundError('Address');
      const isDefault = isDefaultOnUpdate(current.isDefault, asked);
      const entry = { ...changeAddressFields(current, changes), isDefault };
      const address = await this.addresses.update(actor.userId, id, entry);
      if (!address) throw new NotFoundError('Address');
      if (isDefault && !current.isDefault) await this.addresses.makeDefault(actor.userId, id);
      return toAddressView(address);
    });
  }
}
