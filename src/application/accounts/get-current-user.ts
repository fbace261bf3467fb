import { inject, injectable } from 'tsyringe';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { toUserView, type UserView } from './user-view';

@injectable()
export class GetCurrentUser {
  constructor(@inject(UserRepository) private readonly users: UserRepository) {}

  async execute(actor: Actor): Promise<UserView> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new UnauthenticatedError('The access token belongs to no user.');
    return toUserView(user);
  }
}
