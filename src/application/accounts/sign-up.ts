import { inject, injectable } from 'tsyringe';
import { acceptablePassword, normalizeEmail } from '../../domain/accounts/user';
import { PasswordHasher } from '../ports/password-hasher';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { SignUpInput } from './schemas';
import { toUserView, type UserView } from './user-view';

@injectable()
export class SignUp {
  constructor(
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: SignUpInput): Promise<UserView> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.hasher.hash(acceptablePassword(input.password));
    // Signup always makes a customer: admins come only from the command line or the environment.
    const user = await this.uow.run(() =>
      this.users.create({ email, name: input.name ?? null, role: 'customer', passwordHash }),
    );
    return toUserView(user);
  }
}
