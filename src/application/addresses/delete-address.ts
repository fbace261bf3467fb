import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { AddressRepository } from '../ports/address-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';

/** Orders placed earlier keep their own snapshot of the address. */
@injectable()
export class DeleteAddress {
  constructor(
    @inject(AddressRepository) private readonly addresses: AddressRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(id: number, actor: Actor): Promise<void> {
    await this.uow.run(async () => {
      await this.users.lock(actor.userId);
      const address = await this.addresses.findOwned(actor.userId, id);
      if (!address) throw new NotFoundError('Address');
      await this.addresses.delete(actor.userId, id);
      if (!address.isDefault) return;
      const successor = await this.addresses.newestOf(actor.userId);
      if (successor) await this.addresses.makeDefault(actor.userId, successor.id);
    });
  }
}
