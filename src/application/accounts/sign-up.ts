import { inject, injectable } from 'tsyringe';
import { assertAcceptablePassword, normalizeEmail } from '../../domain/accounts/user';
import { AuthRequestLimiter, type AttemptLimiter } from '../ports/attempt-limiter';
import { PasswordHasher } from '../ports/password-hasher';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { ClientInfo } from '../shared/client-info';
import type { SignUpInput, UserView } from './schemas';
import { toUserView } from './user-view';

@injectable()
export class SignUp {
  constructor(
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(AuthRequestLimiter) private readonly requestLimiter: AttemptLimiter,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: SignUpInput, client: ClientInfo): Promise<UserView> {
    await this.requestLimiter.consume(client.ip);
    const email = normalizeEmail(input.email);
    assertAcceptablePassword(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    // Signup always makes a customer: admins come only from the command line or the environment.
    const user = await this.uow.run(() =>
      this.users.create({ email, name: input.name ?? null, role: 'customer', passwordHash }),
    );
    return toUserView(user);
  }
}
