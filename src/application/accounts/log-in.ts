import { inject, injectable } from 'tsyringe';
import { normalizeEmail, normalizePassword } from '../../domain/accounts/user';
import { InvalidCredentialsError } from '../../domain/shared/errors';
import { CartMerger } from '../cart/cart-merger';
import { FailedLoginLimiter, type AttemptLimiter } from '../ports/attempt-limiter';
import { PasswordHasher } from '../ports/password-hasher';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { LogInInput } from './schemas';
import type { SessionView } from './session-view';
import { SessionIssuer } from './session-issuer';

/**
 * A hash of a random secret: verifying against it costs what a real verification costs. It is
 * a promise so that making it, as slow as any password hash, never holds up the start.
 */
export const DecoyPasswordHash = Symbol('DecoyPasswordHash');

@injectable()
export class LogIn {
  constructor(
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(SessionIssuer) private readonly sessions: SessionIssuer,
    @inject(FailedLoginLimiter) private readonly failureLimiter: AttemptLimiter,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
    @inject(DecoyPasswordHash) private readonly decoyHash: Promise<string>,
    @inject(CartMerger) private readonly carts: CartMerger,
  ) {}

  async execute(input: LogInInput): Promise<SessionView> {
    const email = normalizeEmail(input.email);
    // Counted before the slow verification, so that parallel guesses cannot all slip under the
    // limit; a success wipes the count, which leaves exactly the failures counted.
    await this.failureLimiter.consume(email);

    const user = await this.users.findByEmail(email).catch(async (error: unknown) => {
      // The database could not say: that attempt was never judged, so it counts for nothing.
      await this.failureLimiter.giveBack(email);
      throw error;
    });
    // An unknown email still spends one verification, so response times do not reveal accounts.
    const matches = await this.hasher.verify(user?.passwordHash ?? (await this.decoyHash), normalizePassword(input.password));
    if (!user || !matches) throw new InvalidCredentialsError();

    await this.failureLimiter.reset(email);
    if (input.cartToken) await this.carts.mergeIfFound(user.id, input.cartToken);
    return this.uow.run(() => this.sessions.issue(user));
  }
}
