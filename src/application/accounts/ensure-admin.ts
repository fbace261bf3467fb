import { inject, injectable } from 'tsyringe';
import { acceptablePassword, normalizeEmail } from '../../domain/accounts/user';
import { PasswordHasher } from '../ports/password-hasher';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import { toUserView, type UserView } from './user-view';

/** Makes sure an admin with this email and password exists, creating or promoting the account. */
@injectable()
export class EnsureAdmin {
  constructor(
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: { email: string; password: string }): Promise<UserView> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.hasher.hash(acceptablePassword(input.password));
    return this.uow.run(async () => {
      const existing = await this.users.findByEmail(email);
      if (!existing) {
        return toUserView(await this.users.create({ email, name: null, role: 'admin', passwordHash }));
      }
      await this.users.updateCredentials(existing.id, { role: 'admin', passwordHash });
      return toUserView({ ...existing, role: 'admin' });
    });
  }
}
