import { inject, injectable } from 'tsyringe';
import { refreshTokenState } from '../../domain/accounts/refresh-token';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { Clock } from '../ports/clock';
import { OpaqueTokens } from '../ports/opaque-tokens';
import { RefreshTokenRepository } from '../ports/refresh-token-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { RefreshInput } from './schemas';
import type { SessionView } from './session-view';
import { SessionIssuer } from './session-issuer';

/** Trades a refresh token for a new session; a token presented twice revokes its whole family. */
@injectable()
export class RefreshSession {
  constructor(
    @inject(RefreshTokenRepository) private readonly refreshTokens: RefreshTokenRepository,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(OpaqueTokens) private readonly opaqueTokens: OpaqueTokens,
    @inject(SessionIssuer) private readonly sessions: SessionIssuer,
    @inject(Clock) private readonly clock: Clock,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: RefreshInput): Promise<SessionView> {
    // The revocation of a reused family must commit, so rejection is decided inside and thrown after.
    const session = await this.uow.run(() => this.rotate(input.refreshToken));
    if (!session) throw new UnauthenticatedError('The refresh token is not valid.');
    return session;
  }

  private async rotate(value: string): Promise<SessionView | null> {
    const now = this.clock.now();
    const token = await this.refreshTokens.findByDigest(this.opaqueTokens.digest(value));
    if (!token) return null;

    const state = refreshTokenState(token, now);
    const wonTheRace = state === 'active' && (await this.refreshTokens.markUsed(token.id, now));
    if (state === 'reused' || (state === 'active' && !wonTheRace)) {
      await this.refreshTokens.revokeFamily(token.familyId, now);
      return null;
    }
    if (!wonTheRace) return null;

    const user = await this.users.findById(token.userId);
    return user ? this.sessions.issue(user, token.familyId) : null;
  }
}
