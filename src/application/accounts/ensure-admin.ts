import { inject, injectable } from 'tsyringe';
import { acceptablePassword, normalizeEmail } from '../../domain/accounts/user';
import { ConflictError } from '../../domain/shared/errors';
import { Clock } from '../ports/clock';
import { PasswordHasher } from '../ports/password-hasher';
import { RefreshTokenRepository } from '../ports/refresh-token-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import { toUserView, type UserView } from './user-view';

/**
 * Makes sure an admin with this email and password exists, creating or promoting the account.
 * An account that changes (a promotion, a new password) loses every session it had; one that is
 * already this admin is left as it is, so a restart logs nobody out.
 */
@injectable()
export class EnsureAdmin {
  constructor(
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(RefreshTokenRepository) private readonly refreshTokens: RefreshTokenRepository,
    @inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(Clock) private readonly clock: Clock,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: { email: string; password: string }): Promise<UserView> {
    const email = normalizeEmail(input.email);
    const password = acceptablePassword(input.password);
    try {
      return await this.ensure(email, password);
    } catch (error) {
      // Another process starting at the same moment created it first: this one only checks it.
      if (error instanceof ConflictError && error.code === 'EMAIL_TAKEN') return this.ensure(email, password);
      throw error;
    }
  }

  private async ensure(email: string, password: string): Promise<UserView> {
    const existing = await this.users.findByEmail(email);
    if (existing?.role === 'admin' && (await this.hasher.verify(existing.passwordHash, password))) {
      return toUserView(existing);
    }
    const passwordHash = await this.hasher.hash(password);
    return this.uow.run(async () => {
      if (!existing) return toUserView(await this.users.create({ email, name: null, role: 'admin', passwordHash }));
      await this.users.updateCredentials(existing.id, { role: 'admin', passwordHash });
      await this.refreshTokens.revokeAllOfUser(existing.id, this.clock.now());
      return toUserView({ ...existing, role: 'admin' });
    });
  }
}
